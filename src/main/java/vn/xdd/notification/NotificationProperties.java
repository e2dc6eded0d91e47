package vn.xdd.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * Settings of the notification centre.
 *
 * @param dailyCron when the deadline job runs, in Vietnam's time (XDD_NOTIFICATIONS_CRON; - turns it off)
 * @param dueSoonDays how many days ahead a deadline counts as due soon (XDD_NOTIFICATIONS_DUE_SOON_DAYS)
 * @param mailFrom the sender of notice e-mails (XDD_MAIL_FROM)
 * @param baseUrl the address of the application, to make the links of e-mails absolute (XDD_BASE_URL)
 */
@Validated
@ConfigurationProperties("xdd.notifications")
public record NotificationProperties(@NotBlank String dailyCron, @Min(0) int dueSoonDays, @NotNull String mailFrom,
		@NotNull String baseUrl) {
}

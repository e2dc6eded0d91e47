package vn.xdd.security;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param bootstrapAdminPassword password of the first administrator ({@code XDD_BOOTSTRAP_ADMIN_PASSWORD});
 *        blank: one is generated, printed once to the log, and must be changed at first login
 * @param maxFailedLogins failed logins for one user name (or from one address) before it is throttled
 * @param lockout how long a throttled user name or address waits
 */
@ConfigurationProperties("xdd.security")
@Validated
public record SecurityProperties(@DefaultValue("") String bootstrapAdminPassword,
		@Min(1) @DefaultValue("5") int maxFailedLogins, @DefaultValue("15m") Duration lockout) {
}

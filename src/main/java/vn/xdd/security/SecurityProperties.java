package vn.xdd.security;

import java.time.Duration;

import jakarta.validation.constraints.Min;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * @param bootstrapAdminPassword password of the first administrator ({@code XDD_BOOTSTRAP_ADMIN_PASSWORD});
 *        blank: one is generated, printed once to the log, and must be changed at first login
 * @param maxFailedLogins failed logins for one user name before it is throttled
 * @param maxFailedLoginsPerAddress failed logins from one network address, whatever the user names,
 *        before the address is throttled; higher than the per-name limit because many users may share
 *        one address (an office behind NAT or a reverse proxy)
 * @param lockout how long a throttled user name or address waits
 */
@ConfigurationProperties("xdd.security")
@Validated
public record SecurityProperties(@DefaultValue("") String bootstrapAdminPassword,
		@Min(1) @DefaultValue("5") int maxFailedLogins, @Min(1) @DefaultValue("50") int maxFailedLoginsPerAddress,
		@DefaultValue("15m") Duration lockout) {
}

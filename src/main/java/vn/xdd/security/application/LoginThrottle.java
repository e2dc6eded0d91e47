package vn.xdd.security.application;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

import vn.xdd.security.SecurityProperties;

/**
 * Slows down password guessing: after {@code maxFailedLogins} failures for one user name, or
 * {@code maxFailedLoginsPerAddress} from one address, within the lockout period, further attempts
 * are refused until the period has passed. Unknown user names are throttled exactly like real ones, so the answer never tells
 * whether an account exists.
 */
@Component
public class LoginThrottle {

	private final SecurityProperties properties;

	private final Clock clock;

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	@org.springframework.beans.factory.annotation.Autowired
	public LoginThrottle(SecurityProperties properties) {
		this(properties, Clock.systemUTC());
	}

	LoginThrottle(SecurityProperties properties, Clock clock) {
		this.properties = properties;
		this.clock = clock;
	}

	private record Failures(int count, Instant first) {
	}

	public boolean isBlocked(String username, String address) {
		return blocked(userKey(username), properties.maxFailedLogins())
				|| blocked(addressKey(address), properties.maxFailedLoginsPerAddress());
	}

	public void recordFailure(String username, String address) {
		record(userKey(username));
		record(addressKey(address));
	}

	public void recordSuccess(String username) {
		failures.remove(userKey(username));
	}

	private boolean blocked(String key, int limit) {
		Failures f = failures.get(key);
		if (f == null) {
			return false;
		}
		if (expired(f)) {
			failures.remove(key, f);
			return false;
		}
		return f.count() >= limit;
	}

	private void record(String key) {
		Instant now = clock.instant();
		failures.compute(key, (k, f) -> f == null || expired(f) ? new Failures(1, now) : new Failures(f.count() + 1, f.first()));
		if (failures.size() > 100_000) {
			failures.entrySet().removeIf(e -> expired(e.getValue()));
		}
	}

	private boolean expired(Failures f) {
		return f.first().plus(properties.lockout()).isBefore(clock.instant());
	}

	private static String userKey(String username) {
		return "u:" + username.strip().toLowerCase(Locale.ROOT);
	}

	private static String addressKey(String address) {
		return "a:" + address;
	}
}

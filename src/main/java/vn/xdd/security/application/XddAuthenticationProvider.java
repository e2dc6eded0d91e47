package vn.xdd.security.application;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import vn.xdd.security.SecurityEvents.LoginAttempted;
import vn.xdd.security.persistence.UserAccount;
import vn.xdd.security.persistence.UserStore;

/**
 * Checks a user name and password. The password is checked before anything else is said about
 * the account, and a missing account costs the same hashing work, so neither the message nor the
 * time tells whether a user name exists. Every attempt is published for the audit trail.
 */
@Component
public class XddAuthenticationProvider implements AuthenticationProvider {

	/** Authority of a user who must choose a new password before doing anything else. */
	public static final String PASSWORD_CHANGE_REQUIRED = "PASSWORD_CHANGE_REQUIRED";

	private final UserStore users;

	private final PasswordEncoder passwordEncoder;

	private final LoginThrottle throttle;

	private final ApplicationEventPublisher events;

	private final String dummyHash;

	public XddAuthenticationProvider(UserStore users, PasswordEncoder passwordEncoder, LoginThrottle throttle,
			ApplicationEventPublisher events) {
		this.users = users;
		this.passwordEncoder = passwordEncoder;
		this.throttle = throttle;
		this.events = events;
		this.dummyHash = Objects.requireNonNull(passwordEncoder.encode("không-có-tài-khoản-này"));
	}

	@Override
	public Authentication authenticate(Authentication authentication) throws AuthenticationException {
		String username = authentication.getName() == null ? "" : authentication.getName().strip();
		String password = authentication.getCredentials() == null ? "" : authentication.getCredentials().toString();
		String address = remoteAddress();
		if (throttle.isBlocked(username, address)) {
			fail(username, "THROTTLED");
			throw new LockedException("throttled");
		}
		Optional<UserAccount> found = users.findByUsername(username);
		boolean passwordOk = passwordEncoder.matches(password, found.map(UserAccount::passwordHash).orElse(dummyHash));
		if (found.isEmpty() || !passwordOk) {
			throttle.recordFailure(username, address);
			fail(username, found.isEmpty() ? "UNKNOWN_USER" : "BAD_PASSWORD");
			throw new BadCredentialsException("bad credentials");
		}
		UserAccount account = found.get();
		if (!account.enabled()) {
			fail(username, "DISABLED");
			throw new DisabledException("disabled");
		}
		throttle.recordSuccess(username);
		events.publishEvent(new LoginAttempted(account.username(), true, null));
		XddUserPrincipal principal = new XddUserPrincipal(account.id(), account.username(), account.fullName(),
				account.mustChangePassword());
		List<SimpleGrantedAuthority> authorities = account.mustChangePassword()
				? List.of(new SimpleGrantedAuthority(PASSWORD_CHANGE_REQUIRED)) : List.of(new SimpleGrantedAuthority("USER"));
		return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
	}

	private void fail(String username, String reason) {
		events.publishEvent(new LoginAttempted(username.isEmpty() ? "(trống)" : username, false, reason));
	}

	private static String remoteAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			return attributes.getRequest().getRemoteAddr();
		}
		return "unknown";
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}
}

package vn.xdd.security.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.security.SecurityEvents.ApiTokenUsed;
import vn.xdd.security.persistence.ApiTokenStore;
import vn.xdd.security.persistence.UserAccount;
import vn.xdd.security.persistence.UserStore;

/**
 * Checks a bearer token of an API call: the hash of the secret must name a token neither expired
 * nor revoked, of an account still enabled. The call then acts as the holder, with the grants he
 * has now (read per request, as for a password), and still under the forced password change. The
 * first use of a token on a day is written to the audit trail; later uses that day are not.
 */
@Component
public class ApiTokenAuthentication {

	/** Authority of a call made with a token: a token cannot create another token. */
	public static final String BY_TOKEN = "API_TOKEN";

	private final ApiTokenStore tokens;

	private final UserStore users;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ApiTokenAuthentication(ApiTokenStore tokens, UserStore users, ApplicationEventPublisher events, Clock clock) {
		this.tokens = tokens;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	/** The holder's authentication, or empty for a secret that opens nothing (unknown, expired, revoked). */
	@Transactional
	public Optional<Authentication> authenticate(String secret) {
		if (!secret.startsWith(CreateApiToken.SECRET_PREFIX)) {
			return Optional.empty();
		}
		Optional<ApiTokenStore.TokenRow> found = tokens.findByHash(CreateApiToken.hash(secret))
			.filter(t -> t.activeAt(clock.instant()));
		if (found.isEmpty()) {
			return Optional.empty();
		}
		ApiTokenStore.TokenRow token = found.get();
		UserAccount account = users.findById(token.userId()).filter(UserAccount::enabled).orElse(null);
		if (account == null) {
			return Optional.empty();
		}
		if (tokens.markUsed(token.id(), LocalDate.now(clock))) {
			events.publishEvent(new ApiTokenUsed(token.id(), account.username(), token.name()));
		}
		XddUserPrincipal principal = new XddUserPrincipal(account.id(), account.username(), account.fullName(),
				account.mustChangePassword());
		List<SimpleGrantedAuthority> authorities = account.mustChangePassword()
				? List.of(new SimpleGrantedAuthority(XddAuthenticationProvider.PASSWORD_CHANGE_REQUIRED),
						new SimpleGrantedAuthority(BY_TOKEN))
				: List.of(new SimpleGrantedAuthority("USER"), new SimpleGrantedAuthority(BY_TOKEN));
		return Optional.of(UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities));
	}
}

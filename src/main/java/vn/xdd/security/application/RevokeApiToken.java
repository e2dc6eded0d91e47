package vn.xdd.security.application;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.security.SecurityEvents.ApiTokenRevoked;
import vn.xdd.security.persistence.ApiTokenStore;
import vn.xdd.security.persistence.UserStore;
import vn.xdd.shared.NotFoundException;

/**
 * The holder revokes one of his tokens: the next call with it is refused (tokens are checked
 * against the table on every call, nothing is cached). Another user's token is not found.
 */
@Component
public class RevokeApiToken {

	private final ApiTokenStore tokens;

	private final UserStore users;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RevokeApiToken(ApiTokenStore tokens, UserStore users, ApplicationEventPublisher events, Clock clock) {
		this.tokens = tokens;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	@Transactional
	public void revoke(long userId, long tokenId) {
		ApiTokenStore.TokenRow token = tokens.findOfUser(tokenId, userId)
			.orElseThrow(() -> new NotFoundException("API_TOKEN", Long.toString(tokenId)));
		if (tokens.revoke(token.id(), clock.instant())) {
			events.publishEvent(new ApiTokenRevoked(token.id(), users.findById(userId).orElseThrow().username(),
					token.name()));
		}
	}
}

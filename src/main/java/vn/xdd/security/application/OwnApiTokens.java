package vn.xdd.security.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.security.persistence.ApiTokenStore;

/** A user's own tokens, newest first, as he lists them (never with their secret). */
@Component
public class OwnApiTokens {

	private final ApiTokenStore tokens;

	private final Clock clock;

	OwnApiTokens(ApiTokenStore tokens, Clock clock) {
		this.tokens = tokens;
		this.clock = clock;
	}

	/**
	 * @param lastDay the last day it may be used (Vietnam time)
	 * @param state ACTIVE, EXPIRED or REVOKED
	 */
	public record OwnToken(long id, String name, String prefix, LocalDate createdOn, LocalDate lastDay, String state,
			@Nullable LocalDate lastUsedOn) {
	}

	@Transactional(readOnly = true)
	public List<OwnToken> of(long userId) {
		java.time.Instant now = clock.instant();
		return tokens.ofUser(userId)
			.stream()
			.map(t -> new OwnToken(t.id(), t.name(), t.prefix(), LocalDate.ofInstant(t.createdAt(), clock.getZone()),
					LocalDate.ofInstant(t.expiresAt(), clock.getZone()).minusDays(1),
					t.revokedAt() != null ? "REVOKED" : t.activeAt(now) ? "ACTIVE" : "EXPIRED", t.lastUsedOn()))
			.toList();
	}
}

package vn.xdd.security.application;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.security.SecurityEvents.ApiTokenCreated;
import vn.xdd.security.persistence.ApiTokenStore;
import vn.xdd.security.persistence.UserStore;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.FieldProblem;

/**
 * A user creates a personal access token of the API for himself: a random secret of 256 bits,
 * shown once, of which only the SHA-256 is stored (cheap to check on every call, unlike a password
 * hash, and safe because the secret is random, not chosen). The token acts with the grants its
 * holder has at the time of each call, until the end of its last day (Vietnam time) or until it is
 * revoked.
 */
@Component
public class CreateApiToken {

	/** The longest a token may live. */
	public static final int MAX_DAYS = 366;

	/** How every secret begins, so that a leaked one is recognised in a log or a repository. */
	public static final String SECRET_PREFIX = "xdd_";

	private static final SecureRandom RANDOM = new SecureRandom();

	private final ApiTokenStore tokens;

	private final UserStore users;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	CreateApiToken(ApiTokenStore tokens, UserStore users, ApplicationEventPublisher events, Clock clock) {
		this.tokens = tokens;
		this.users = users;
		this.events = events;
		this.clock = clock;
	}

	/** The token just created: the secret is in no other answer, ever. */
	public record Created(long id, String name, String secret, LocalDate lastDay) {
	}

	@Transactional
	public Created create(long userId, @Nullable String name, @Nullable LocalDate lastDay) {
		String username = users.findById(userId).orElseThrow().username();
		String trimmed = name == null ? "" : name.strip();
		LocalDate today = LocalDate.now(clock);
		if (trimmed.isEmpty() || trimmed.length() > 100) {
			throw new BusinessRuleException(List.of(new FieldProblem("token.name", "token.error.name")),
					"token.error.invalid");
		}
		if (lastDay == null || !lastDay.isAfter(today.minusDays(1)) || lastDay.isAfter(today.plusDays(MAX_DAYS))) {
			throw new BusinessRuleException(List.of(new FieldProblem("token.expiresOn", "token.error.expiry", MAX_DAYS)),
					"token.error.invalid");
		}
		byte[] random = new byte[32];
		RANDOM.nextBytes(random);
		String secret = SECRET_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
		Instant expiresAt = lastDay.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
		long id = tokens.insert(userId, trimmed, hash(secret), secret.substring(0, SECRET_PREFIX.length() + 6),
				expiresAt);
		events.publishEvent(new ApiTokenCreated(id, username, trimmed, lastDay.toString()));
		return new Created(id, trimmed, secret, lastDay);
	}

	/** The SHA-256 of a secret, in hexadecimal: what the table keeps and what a call is looked up by. */
	static String hash(String secret) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
		}
	}
}

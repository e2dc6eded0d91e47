package vn.xdd.security.persistence;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * A user account row.
 *
 * @param email where notices are sent; null when nobody gave one
 */
public record UserAccount(long id, String username, String fullName, String passwordHash, boolean enabled,
		boolean mustChangePassword, @Nullable Long memberId, OffsetDateTime createdAt, int version,
		@Nullable String email) {
}

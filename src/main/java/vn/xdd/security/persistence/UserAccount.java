package vn.xdd.security.persistence;

import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/** A user account row. */
public record UserAccount(long id, String username, String fullName, String passwordHash, boolean enabled,
		boolean mustChangePassword, @Nullable Long memberId, OffsetDateTime createdAt, int version) {
}

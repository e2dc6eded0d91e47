package vn.xdd.security.api;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.jspecify.annotations.Nullable;

import vn.xdd.shared.Role;

/** Request and response bodies of the users API. */
final class UserApiModels {

	private UserApiModels() {
	}

	record GrantJson(long id, Role role, long unitId, String unitName) {
	}

	record MeJson(String username, String fullName, List<Role> roles, List<GrantJson> grants) {
	}

	/** @param email where notices are sent; null when none was given */
	record UserJson(long id, String username, String fullName, @Nullable String email, boolean enabled,
			boolean mustChangePassword, @Nullable Long memberId, List<GrantJson> grants) {
	}

	/** @param email optional; refused with 400 when malformed */
	record CreateUserRequest(@NotBlank String username, @NotBlank String fullName, @NotBlank String password,
			@NotNull Role role, @NotNull Long unitId, @Nullable Long memberId, @Nullable String email) {
	}

	/** @param email a blank or null address clears it */
	record EmailRequest(@Nullable String email) {
	}

	record PasswordRequest(@NotBlank String currentPassword, @NotBlank String newPassword) {
	}

	record GrantRequest(@NotNull Role role, @NotNull Long unitId) {
	}
}

package vn.xdd.security;

import org.jspecify.annotations.Nullable;

import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.Role;

/**
 * A new account with its first grant.
 *
 * @param memberId the party member the account belongs to, if any
 * @param temporaryPassword whether the user must replace the password at first login: always for
 *        passwords an administrator chose; not for demonstration accounts
 * @param email where notices are sent; none when nobody gave one
 */
public record NewUser(String username, String fullName, String password, Role role, OrgUnitId unit,
		@Nullable Long memberId, boolean temporaryPassword, @Nullable String email) {

	public NewUser(String username, String fullName, String password, Role role, OrgUnitId unit,
			@Nullable Long memberId, boolean temporaryPassword) {
		this(username, fullName, password, role, unit, memberId, temporaryPassword, null);
	}

	public NewUser(String username, String fullName, String password, Role role, OrgUnitId unit,
			@Nullable Long memberId) {
		this(username, fullName, password, role, unit, memberId, true, null);
	}
}

package vn.xdd.security.application;

import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.Role;

/**
 * An account as the administration pages and the JSON API show it.
 *
 * @param grants the grants that lie in the administrator's subtree (others are not theirs to see)
 * @param email where notices are sent; null when nobody gave one
 */
public record UserDetail(long id, String username, String fullName, boolean enabled, boolean mustChangePassword,
		@Nullable Long memberId, @Nullable String email, List<Grant> grants) {

	/** A role on a unit and the units below it, with the unit's name. */
	public record Grant(long id, Role role, OrgUnitId unit, String unitName) {
	}

	/** The signed-in user's own account, as the account page shows it. */
	public record Own(long id, String username, String fullName, @Nullable String email) {
	}
}

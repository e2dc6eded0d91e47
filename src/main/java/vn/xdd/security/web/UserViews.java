package vn.xdd.security.web;

import java.util.List;

/** What the user-administration pages render. */
final class UserViews {

	private UserViews() {
	}

	record GrantLabel(long id, String roleKey, long unitId, String unitName) {
	}

	record UserRow(long id, String username, String fullName, boolean enabled, boolean mustChangePassword,
			List<GrantLabel> grants, String email) {
	}

	record UnitOption(long id, String label) {
	}
}

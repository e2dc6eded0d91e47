package vn.xdd.notification;

import org.jspecify.annotations.Nullable;

import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.Role;
import vn.xdd.shared.UserId;

/**
 * Who a notice is for: a named user, or whoever holds a role in a unit (for example the secretary
 * of a chapter: {@code Addressee.role(Role.SECRETARY, chapter)}), now or later.
 */
public record Addressee(@Nullable UserId user, @Nullable Role role, @Nullable OrgUnitId unit) {

	public Addressee {
		if ((user == null) == (role == null || unit == null)) {
			throw new IllegalArgumentException("A notice goes to a user, or to a role in a unit");
		}
	}

	public static Addressee user(UserId user) {
		return new Addressee(user, null, null);
	}

	public static Addressee role(Role role, OrgUnitId unit) {
		return new Addressee(null, role, unit);
	}
}

package vn.xdd.security;

import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.Role;

/** One grant of a user: a role in a unit and everything below it. */
public record GrantView(long id, Role role, OrgUnitId unit, String unitName) {
}

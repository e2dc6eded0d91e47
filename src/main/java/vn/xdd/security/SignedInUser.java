package vn.xdd.security;

import java.util.List;
import java.util.Optional;

import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.UserId;

/** The user of the current request, with the grants in force now. */
public record SignedInUser(UserId id, String username, String fullName, List<GrantView> grants,
		boolean mustChangePassword) {

	public Optional<GrantView> grantOn(OrgUnitId unit) {
		return grants.stream().filter(g -> g.unit().equals(unit)).findFirst();
	}
}

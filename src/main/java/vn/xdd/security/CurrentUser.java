package vn.xdd.security;

import java.util.Collection;
import java.util.Optional;

import vn.xdd.shared.OrgUnitId;

/** Who is signed in, and the unit they chose to work in. */
public interface CurrentUser {

	Optional<SignedInUser> signedIn();

	/**
	 * The unit the user works in now: the one chosen in the header, or the first grant's unit.
	 * Empty for a user without grants.
	 */
	Optional<OrgUnitId> activeUnit();

	/** How many accounts hold a grant on a unit under the given roots. */
	long countUsersUnder(Collection<OrgUnitId> roots);
}

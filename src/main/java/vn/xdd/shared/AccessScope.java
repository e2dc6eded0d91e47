package vn.xdd.shared;

import java.util.Set;

/**
 * The organisational scope of the signed-in user: a grant (role, unit) reaches the unit and
 * every unit below it. Every read and write of unit-bound data asks this first; data outside
 * the scope is answered as if it did not exist.
 */
public interface AccessScope {

	/** Whether any grant of the current user reaches {@code unit}. */
	boolean reaches(OrgUnitId unit);

	/** Whether the current user holds {@code role} on {@code unit} or on one of its ancestors. */
	boolean hasRoleAt(Role role, OrgUnitId unit);

	/** Whether the current user holds {@code role} anywhere. */
	boolean hasRole(Role role);

	/** Whether the current user administers the whole installation (ADMIN on a root unit). */
	boolean isSystemAdministrator();

	/**
	 * The unit the user chose to work in (the header's switcher), or the first grant's unit;
	 * lists default to it.
	 */
	java.util.Optional<OrgUnitId> activeUnit();

	/** The member record linked to the current user's account, if any ("own data"). */
	java.util.Optional<Long> ownMemberId();

	/** The units the current user's grants name directly (roots of the scope). */
	Set<OrgUnitId> grantRoots();

	/**
	 * Throws {@link OutOfScopeException} (answered as 404 and recorded in the audit trail) when
	 * {@code unit} is outside the scope.
	 */
	void requireReach(OrgUnitId unit, String recordType, String recordId);
}

package vn.xdd.review.register.domain;

import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;

import vn.xdd.shared.OrgUnitId;

/**
 * A remedy is verified (or returned) by the level above the holder, never by the holder's own
 * unit: the user must hold a verifying role (leadership, organisation board, inspection
 * committee) at the holder unit's parent or above. The root unit has no upper level in this
 * installation: its own items are verified outside it, so the register refuses.
 */
public final class OnlyUpperLevelVerifies {

	private OnlyUpperLevelVerifies() {
	}

	/**
	 * @param parentOfHolder the parent of the unit holding the item (the unit of a member holder)
	 * @param holdsVerifyingRoleAt whether the user holds a verifying role at a unit or above it
	 */
	public static Decision check(@Nullable OrgUnitId parentOfHolder, Predicate<OrgUnitId> holdsVerifyingRoleAt) {
		if (parentOfHolder == null) {
			return Decision.refuse("shortcoming.error.noUpperLevel");
		}
		return holdsVerifyingRoleAt.test(parentOfHolder) ? Decision.allow()
				: Decision.refuse("shortcoming.error.onlyUpperLevel");
	}
}

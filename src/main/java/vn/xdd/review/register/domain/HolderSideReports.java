package vn.xdd.review.register.domain;

import java.util.function.Predicate;

import vn.xdd.shared.OrgUnitId;

/**
 * The work on an item (starting, reporting it remedied, adding evidence, updating it in a later
 * review) is done by the holder's side: the secretary, leadership or organisation board of the
 * holder unit, or of a unit above it acting for it.
 */
public final class HolderSideReports {

	private HolderSideReports() {
	}

	public static Decision check(OrgUnitId holderUnit, Predicate<OrgUnitId> holdsReportingRoleAt) {
		return holdsReportingRoleAt.test(holderUnit) ? Decision.allow()
				: Decision.refuse("shortcoming.error.notHolderSide");
	}
}

package vn.xdd.review;

import java.util.List;

import vn.xdd.shared.OrgUnitId;

/**
 * The items under a unit, split as an upper level reads them: the unit's own items, then one row
 * per direct subordinate counting its whole subtree, and the sum of all.
 */
public record UnitBreakdown(OrgUnitId unit, String name, UnitTally own, List<UnitTally> children,
		ShortcomingTally total) {
}

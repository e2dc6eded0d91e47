package vn.xdd.review;

import vn.xdd.shared.OrgUnitId;

/**
 * The items of one row of a breakdown.
 *
 * @param subtree whether the row counts the unit and everything below it, or only the unit's own
 * items
 */
public record UnitTally(OrgUnitId unit, String name, boolean subtree, ShortcomingTally tally) {
}

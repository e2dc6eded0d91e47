package vn.xdd.organization;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.xdd.shared.OrgUnitId;

/**
 * A unit of the tree as other modules see it.
 *
 * @param typeCode the unit type; its Vietnamese label is the message {@code orgUnitType.<code>}
 * @param depth distance from the root of the listing it came from (0 for a root)
 */
public record OrgUnitSummary(OrgUnitId id, @Nullable OrgUnitId parentId, String typeCode, String name,
		LocalDate validFrom, @Nullable LocalDate validTo, int depth) {

	public String typeMessageKey() {
		return "orgUnitType." + typeCode;
	}

	public boolean activeOn(LocalDate day) {
		return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
	}
}

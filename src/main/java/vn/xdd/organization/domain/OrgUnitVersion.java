package vn.xdd.organization.domain;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** The attributes of a unit during one period. */
public record OrgUnitVersion(long id, long unitId, LocalDate validFrom, @Nullable LocalDate validTo,
		@Nullable Long parentId, String typeCode, String name, @Nullable String shortName,
		@Nullable String docAbbreviation) {

	public boolean activeOn(LocalDate day) {
		return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
	}

	public OrgUnitVersion withParent(@Nullable Long parent) {
		return new OrgUnitVersion(id, unitId, validFrom, validTo, parent, typeCode, name, shortName, docAbbreviation);
	}

	public OrgUnitVersion withNames(String newName, @Nullable String newShortName, @Nullable String newAbbreviation) {
		return new OrgUnitVersion(id, unitId, validFrom, validTo, parentId, typeCode, newName, newShortName,
				newAbbreviation);
	}
}

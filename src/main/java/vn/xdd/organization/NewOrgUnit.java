package vn.xdd.organization;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.xdd.shared.OrgUnitId;

/**
 * A unit to found under {@code parent} from {@code validFrom}.
 *
 * @param validTo the last day of the unit when it is entered as history (a unit that has
 *        already ended, such as a district committee before July 2025); null while it exists
 */
public record NewOrgUnit(OrgUnitId parent, String typeCode, String name, LocalDate validFrom,
		@Nullable LocalDate validTo, @Nullable String shortName, @Nullable String docAbbreviation,
		@Nullable String decisionRef) {

	public NewOrgUnit(OrgUnitId parent, String typeCode, String name, LocalDate validFrom) {
		this(parent, typeCode, name, validFrom, null, null, null, null);
	}

	public NewOrgUnit(OrgUnitId parent, String typeCode, String name, LocalDate validFrom,
			@Nullable LocalDate validTo) {
		this(parent, typeCode, name, validFrom, validTo, null, null, null);
	}
}

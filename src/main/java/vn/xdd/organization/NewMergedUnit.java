package vn.xdd.organization;

import org.jspecify.annotations.Nullable;

import vn.xdd.shared.OrgUnitId;

/** The unit created by the merge, when the target does not exist yet. */
public record NewMergedUnit(String name, String typeCode, OrgUnitId parent, @Nullable String shortName,
		@Nullable String docAbbreviation) {
}

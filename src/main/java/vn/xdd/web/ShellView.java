package vn.xdd.web;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What the layout shows around every page: the user, the unit in scope and the other units the
 * user may switch to, and which menu entries apply.
 */
public record ShellView(String username, String fullName, @Nullable Long activeUnitId, String activeUnitName,
		List<UnitChoice> choices, boolean administrator, boolean systemAdministrator, boolean passwordChangeRequired) {

	/** A unit of one of the user's grants, with the roles held there. */
	public record UnitChoice(long unitId, String unitName, List<String> roleKeys, boolean active) {
	}
}

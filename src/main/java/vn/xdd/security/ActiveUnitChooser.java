package vn.xdd.security;

import vn.xdd.shared.OrgUnitId;

/** Chooses, among the units of the user's grants, the one the user works in now. */
public interface ActiveUnitChooser {

	/** Throws "not found" when {@code unit} is not the unit of one of the user's grants. */
	void choose(OrgUnitId unit);
}

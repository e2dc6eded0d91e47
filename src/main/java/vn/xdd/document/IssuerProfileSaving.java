package vn.xdd.document;

import vn.xdd.shared.OrgUnitId;

/** Saving what a unit's documents say in the header and the signature block. */
public interface IssuerProfileSaving {

	/**
	 * @param expectedVersion the version the form was opened with; -1 when the unit had no saved profile
	 */
	void save(OrgUnitId unit, IssuerDetails details, int expectedVersion);
}

package vn.xdd.classification;

import vn.xdd.organization.MemberId;
import vn.xdd.shared.OrgUnitId;

/**
 * The organisation board enters an earlier year's result from the records (paper, Excel), in the
 * words of the rule set governing that year; one result per subject and year.
 */
public interface PastResultEntry {

	/** A member's result of a year, placed in the chapter he belonged to at that year's end. */
	void enterForMember(MemberId member, int year, Level level, String note, String source);

	/** An organisation's result of a year. */
	void enterForOrganization(OrgUnitId unit, int year, Level level, boolean outstanding, String note, String source);
}

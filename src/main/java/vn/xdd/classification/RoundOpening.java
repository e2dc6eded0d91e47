package vn.xdd.classification;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.xdd.shared.OrgUnitId;

/**
 * Opens the classification round of a year for a subtree: the organisation board lists every
 * organisation below the unit and every member of its chapters at the year's end, and who is not
 * evaluated and why, under the rule set that governs the year.
 */
public interface RoundOpening {

	RoundId open(Command command);

	/** The unit whose subtree is classified, the year, and the deadlines of the steps set for that year. */
	record Command(OrgUnitId unit, int year, @Nullable LocalDate selfDeadline, @Nullable LocalDate appraisalDeadline,
			@Nullable LocalDate decisionDeadline) {
	}
}

package vn.xdd.discipline.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A complaint against a decision: the day the subject received the decision, the day the complaint
 * is filed, and the committee's working-day calendar.
 *
 * @param periodWorkingDays the complaint period in working days (30, ../shared/domain/discipline.md)
 * @param decisionInForce whether the decision is still the one in force (not annulled, not lapsed)
 * @param complaintPending whether a complaint is already waiting for its ruling
 */
public record ComplaintFiling(LocalDate receivedOn, LocalDate filedOn, int periodWorkingDays, WorkingDays calendar,
		boolean decisionInForce, boolean complaintPending) {

	public ComplaintFiling {
		Objects.requireNonNull(receivedOn, "receivedOn");
		Objects.requireNonNull(filedOn, "filedOn");
		Objects.requireNonNull(calendar, "calendar");
	}

	/** The last day a complaint may be filed. */
	public LocalDate dueOn() {
		return calendar.after(receivedOn, periodWorkingDays);
	}
}

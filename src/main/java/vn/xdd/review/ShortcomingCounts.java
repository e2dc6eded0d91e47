package vn.xdd.review;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import vn.xdd.shared.OrgUnitId;

/**
 * Figures of the shortcomings register for dashboards and reports, within the signed-in user's
 * scope: a unit outside it is answered as not found, items outside it are not counted. Overdue
 * is judged against today's date of the application clock.
 */
public interface ShortcomingCounts {

	/** The unit's own items, each direct subordinate's subtree, and the total of the unit's subtree. */
	UnitBreakdown breakdown(OrgUnitId unit);

	/**
	 * As {@link #breakdown(OrgUnitId)}, counting only the items recorded from {@code from} to
	 * {@code to}, both days included (days of the application's zone); overdue is still judged today.
	 */
	UnitBreakdown breakdown(OrgUnitId unit, LocalDate from, LocalDate to);

	/** The items of the unit's subtree by taxonomy tag, the most frequent first; tags without items are left out. */
	List<TagTally> byTag(OrgUnitId unit);

	/** As {@link #byTag(OrgUnitId)}, counting only the items recorded from {@code from} to {@code to}, both included. */
	List<TagTally> byTag(OrgUnitId unit, LocalDate from, LocalDate to);

	/** The given items (e.g. those a remediation plan addresses) the user may see. */
	ShortcomingTally ofItems(Collection<ShortcomingId> ids);

	/** The last {@code months} months, the current one last: items recorded, verified and open at each month's end. */
	List<MonthTally> trend(OrgUnitId unit, int months);
}

package vn.xdd.organization;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.xdd.shared.OrgUnitId;

/**
 * Who was in which chapter on a given day, with the status they had that day: for other modules
 * that count or list members as of a date (e.g. who must be reviewed at the end of a period).
 * Answers whatever the user's scope; callers check the scope of the units they ask about.
 */
public interface MemberRoster {

	/**
	 * The members belonging on {@code day} to one of {@code chapters} (units that hold no members
	 * contribute nothing), in the order of official lists (given name first, then id).
	 */
	List<RosterEntry> membersOn(Collection<OrgUnitId> chapters, LocalDate day);

	/**
	 * A member on the roster of a day.
	 *
	 * @param unit the chapter the member belonged to on that day
	 * @param statusCode the member's status on that day, a {@code MemberStatus} name (e.g. FULL, EXEMPTED)
	 */
	record RosterEntry(MemberId id, String fullName, OrgUnitId unit, String statusCode, @Nullable LocalDate admittedOn) {
	}
}

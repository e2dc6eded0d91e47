package vn.xdd.organization;

import java.time.LocalDate;
import java.util.Optional;

/** Where a member stood on a given day (no scope check: the caller checks the reach of its own record). */
public interface MemberStandings {

	/** The member's standing on the day, or empty when there is no such member. */
	Optional<MemberStanding> on(MemberId member, LocalDate day);

	/** The members of this full name (case and spacing aside) born on this day: how an archive names a person. */
	java.util.List<MemberId> named(String fullName, LocalDate birthDate);

	/** The member's year of birth, which tells namesakes apart in a document. */
	Optional<Integer> birthYear(MemberId member);
}

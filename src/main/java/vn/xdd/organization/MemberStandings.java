package vn.xdd.organization;

import java.time.LocalDate;
import java.util.Optional;

import vn.xdd.shared.OrgUnitId;

/** Where a member stood on a given day (no scope check: the caller checks the reach of its own record). */
public interface MemberStandings {

	/** The member's standing on the day, or empty when there is no such member. */
	Optional<MemberStanding> on(MemberId member, LocalDate day);

	/** The members of this full name (case and spacing aside) born on this day: how an archive names a person. */
	java.util.List<MemberId> named(String fullName, LocalDate birthDate);

	/** The member's year of birth, which tells namesakes apart in a document. */
	Optional<Integer> birthYear(MemberId member);

	/** The members holding a party post (the committee) of the unit on the day: its leadership collective. */
	java.util.List<MemberId> partyPostHoldersOn(OrgUnitId unit, LocalDate day);
}

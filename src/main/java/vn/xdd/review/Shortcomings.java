package vn.xdd.review;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import vn.xdd.organization.MemberId;
import vn.xdd.shared.OrgUnitId;

/** Queries on the shortcomings register, for every module; answers within the user's scope. */
public interface Shortcomings {

	Optional<ShortcomingSummary> find(ShortcomingId id);

	/** The items with the given ids the user may see, in the order given. */
	List<ShortcomingSummary> findAll(Collection<ShortcomingId> ids);

	/** The items not yet verified held by {@code unit}, its members or units below it. */
	List<ShortcomingSummary> unresolvedUnder(OrgUnitId unit);

	/** The share verified remedied of a unit's own (collective) items recorded in a period. */
	RemediationShare shareOfUnit(OrgUnitId unit, LocalDate from, LocalDate to);

	/** The share verified remedied of a member's items recorded in a period. */
	RemediationShare shareOfMember(MemberId member, LocalDate from, LocalDate to);
}

package vn.xdd.review;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.xdd.organization.MemberId;
import vn.xdd.shared.OrgUnitId;

/**
 * An item of the register as other modules see it.
 *
 * @param holderName the unit's name, or the member's full name
 * @param overdue past its deadline and not yet verified
 * @param tags the codes of its tags
 */
public record ShortcomingSummary(ShortcomingId id, HolderKind holderKind, OrgUnitId holderUnit,
		@Nullable MemberId holderMember, String holderName, String text, ShortcomingStatus status,
		@Nullable LocalDate deadline, boolean overdue, List<String> tags) {
}

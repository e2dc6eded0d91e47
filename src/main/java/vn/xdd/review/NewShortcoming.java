package vn.xdd.review;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.xdd.organization.MemberId;
import vn.xdd.shared.OrgUnitId;

/**
 * A shortcoming to enter into the register.
 *
 * @param sourceKind REVIEW, INSPECTION, SUPERVISION or SUPERIOR_COMMENT
 * @param sourceRef the conclusion or document it comes from (e.g. Kết luận 15-KL/UBKTHU)
 * @param holderUnit the unit holding it, or the chapter of the member holding it
 * @param cause OBJECTIVE, SUBJECTIVE or BOTH
 * @param responsibility COLLECTIVE, INDIVIDUAL or HEAD
 * @param answerable the person answerable for the remedy
 */
public record NewShortcoming(String sourceKind, @Nullable String sourceRef, @Nullable CampaignId campaign,
		@Nullable Long reviewId, HolderKind holderKind, OrgUnitId holderUnit, @Nullable MemberId holderMember,
		String text, List<String> tagCodes, @Nullable String cause, @Nullable String responsibility, String remedy,
		@Nullable LocalDate deadline, @Nullable String answerable) {
}

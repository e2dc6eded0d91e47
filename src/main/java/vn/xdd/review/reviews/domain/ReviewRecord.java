package vn.xdd.review.reviews.domain;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

import vn.xdd.files.FileId;
import vn.xdd.organization.MemberId;
import vn.xdd.review.CampaignId;
import vn.xdd.review.HolderKind;
import vn.xdd.shared.OrgUnitId;

/**
 * A review. DRAFT while it is written, SUBMITTED once the signed review is handed in;
 * a submitted review no longer changes.
 *
 * @param unit the collective's unit, or the member's chapter
 */
public record ReviewRecord(long id, CampaignId campaign, HolderKind subjectKind, OrgUnitId unit,
		@Nullable MemberId member, String strengths, boolean submitted, @Nullable FileId signedFile,
		@Nullable Instant submittedAt, @Nullable String submittedBy, String createdBy, int version) {
}

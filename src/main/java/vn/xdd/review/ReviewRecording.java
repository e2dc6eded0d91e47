package vn.xdd.review;

import org.jspecify.annotations.Nullable;

import vn.xdd.organization.MemberId;
import vn.xdd.shared.OrgUnitId;

/**
 * Recording the review of a collective (its unit) or of a member in an open campaign, as a draft:
 * one review per subject and campaign; each new shortcoming it names enters the register.
 */
public interface ReviewRecording {

	/** The id of the draft review. */
	ReviewId record(CampaignId campaign, HolderKind kind, @Nullable OrgUnitId unit, @Nullable MemberId member,
			ReviewContent content);
}

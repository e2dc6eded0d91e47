package vn.xdd.review.reviews.application;

import vn.xdd.shared.BusinessRuleException;

/** A review changes only while it is a draft in an open campaign. */
final class ReviewGuards {

	private ReviewGuards() {
	}

	static void requireDraftInOpenCampaign(OpenReview.Opened opened) {
		if (!opened.campaign().open()) {
			throw new BusinessRuleException("campaign.error.closed");
		}
		if (opened.review().submitted()) {
			throw new BusinessRuleException("review.error.submitted");
		}
	}
}

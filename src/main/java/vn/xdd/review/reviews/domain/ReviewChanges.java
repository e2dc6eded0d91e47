package vn.xdd.review.reviews.domain;

import vn.xdd.shared.rule.RuleList;

/**
 * When a review may change (be edited or submitted): the use cases enforce {@link #CHANGE}, the
 * review's page asks it whether to show the form.
 */
public final class ReviewChanges {

	/**
	 * A change of a review.
	 *
	 * @param campaignOpen whether the review's campaign is still open
	 * @param submitted whether the review is already submitted
	 */
	public record Change(boolean campaignOpen, boolean submitted) {
	}

	/** A review changes only while it is a draft in an open campaign. */
	public static final RuleList<Change> CHANGE = RuleList.of(new CampaignIsOpen(), new OnlyDraftChanges());

	private ReviewChanges() {
	}
}

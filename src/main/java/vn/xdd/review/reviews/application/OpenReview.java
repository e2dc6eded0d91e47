package vn.xdd.review.reviews.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.review.campaign.application.CampaignAccess;
import vn.xdd.review.campaign.domain.CampaignRecord;
import vn.xdd.review.reviews.domain.ReviewChanges;
import vn.xdd.review.reviews.domain.ReviewRecord;
import vn.xdd.review.reviews.persistence.JdbcReviews;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.NotFoundException;

/** A review with its campaign and subject, for anyone whose scope reaches the review's unit. */
@Service
public class OpenReview {

	/** A review as its pages and the API show it. */
	public record Opened(ReviewRecord review, CampaignRecord campaign, ReviewSubject subject, boolean editable) {

		/** The review’s change, as {@link ReviewChanges#CHANGE} judges it. */
		ReviewChanges.Change change() {
			return new ReviewChanges.Change(campaign.open(), review.submitted());
		}
	}

	private final JdbcReviews reviews;

	private final CampaignAccess campaigns;

	private final ReviewAccess access;

	private final AccessScope scope;

	OpenReview(JdbcReviews reviews, CampaignAccess campaigns, ReviewAccess access, AccessScope scope) {
		this.reviews = reviews;
		this.campaigns = campaigns;
		this.access = access;
		this.scope = scope;
	}

	@Transactional(readOnly = true)
	public Opened open(long id) {
		ReviewRecord review = reviews.find(id).orElseThrow(() -> new NotFoundException("REVIEW", Long.toString(id)));
		scope.requireReach(review.unit(), "REVIEW", Long.toString(id));
		CampaignRecord campaign = campaigns.requireVisible(review.campaign());
		ReviewSubject subject = access.subjectOf(campaign, review.subjectKind(), review.unit(), review.member());
		boolean editable = ReviewChanges.CHANGE.allows(new ReviewChanges.Change(campaign.open(), review.submitted()))
				&& access.mayRecord(review.unit());
		return new Opened(review, campaign, subject, editable);
	}
}

package vn.xdd.review.reviews.application;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.organization.MemberId;
import vn.xdd.review.campaign.application.CampaignAccess;
import vn.xdd.review.campaign.domain.CampaignRecord;
import vn.xdd.review.reviews.domain.ReviewChanges;
import vn.xdd.review.reviews.domain.ReviewRecord;
import vn.xdd.review.reviews.persistence.JdbcReviews;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.NotFoundException;
import vn.xdd.shared.visibility.Reader;
import vn.xdd.shared.visibility.Sight;
import vn.xdd.shared.visibility.Visibility;

/**
 * A review with its campaign and subject, for a user whose scope reaches the review's unit and whom
 * the rule of its kind lets read it ({@link Visibility#INDIVIDUAL}, {@link Visibility#COLLECTIVE}).
 */
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
		Visibility.require(Visibility.of(review.member() != null), sight(review), "REVIEW", id);
		CampaignRecord campaign = campaigns.requireVisible(review.campaign());
		ReviewSubject subject = access.subjectOf(campaign, review.subjectKind(), review.unit(), review.member());
		boolean editable = ReviewChanges.CHANGE.allows(new ReviewChanges.Change(campaign.open(), review.submitted()))
				&& access.mayRecord(review.unit());
		return new Opened(review, campaign, subject, editable);
	}

	/** Whether the user may read the review (ADR 0014): what the tracker asks before it links one. */
	public boolean readable(ReviewRecord review) {
		return Visibility.of(review.member() != null).allows(sight(review));
	}

	private Sight sight(ReviewRecord review) {
		Reader reader = Reader.of(scope);
		MemberId member = review.member();
		return member == null ? Sight.ofUnit(reader, review.unit()) : Sight.ofMember(reader, review.unit(), member.value());
	}
}

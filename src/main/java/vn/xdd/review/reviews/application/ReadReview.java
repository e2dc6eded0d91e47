package vn.xdd.review.reviews.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.review.CampaignId;
import vn.xdd.review.ShortcomingId;
import vn.xdd.review.campaign.domain.CampaignRecord;
import vn.xdd.review.campaign.domain.ShortcomingTag;
import vn.xdd.review.campaign.persistence.JdbcReviewCatalogue;
import vn.xdd.review.register.domain.ShortcomingRow;
import vn.xdd.review.register.persistence.JdbcShortcomings;
import vn.xdd.review.reviews.domain.ReviewRecord;
import vn.xdd.review.reviews.persistence.JdbcReviews;

/**
 * What a review’s page and the API show beside the review itself: the items it recorded, the
 * holder’s earlier items not yet remedied, and the tags its campaign offers. The review and the
 * campaign come from {@link OpenReview} or {@link ReviewAccess}, which check the user’s access.
 */
@Service
public class ReadReview {

	private final JdbcReviews reviews;

	private final JdbcShortcomings shortcomings;

	private final JdbcReviewCatalogue catalogue;

	ReadReview(JdbcReviews reviews, JdbcShortcomings shortcomings, JdbcReviewCatalogue catalogue) {
		this.reviews = reviews;
		this.shortcomings = shortcomings;
		this.catalogue = catalogue;
	}

	/** The id of the subject’s review in the campaign, if one is recorded. */
	@Transactional(readOnly = true)
	public Optional<Long> existing(CampaignId campaign, ReviewSubject subject) {
		return reviews.findOf(campaign, subject.kind(), subject.unit(), subject.member()).map(ReviewRecord::id);
	}

	/** The items the review recorded, as the register holds them now. */
	@Transactional(readOnly = true)
	public List<ShortcomingRow> itemsOf(ReviewRecord review) {
		return shortcomings.findAll(reviews.shortcomingsOf(review.id()).stream().map(ShortcomingId::value).toList());
	}

	/** The subject’s items not yet verified, oldest first, but those of the given review. */
	@Transactional(readOnly = true)
	public List<ShortcomingRow> earlierItems(ReviewSubject subject, @Nullable ReviewRecord review) {
		return shortcomings
			.unresolvedOfHolder(subject.kind(), subject.unit().value(),
					subject.member() == null ? null : subject.member().value())
			.stream()
			.filter(r -> review == null || r.reviewId() == null || r.reviewId() != review.id())
			.toList();
	}

	/** Labels of tags by code. */
	@Transactional(readOnly = true)
	public Map<String, String> tagLabels() {
		return shortcomings.tagLabels();
	}

	/** The active tags of the campaign’s taxonomies. */
	@Transactional(readOnly = true)
	public List<ShortcomingTag> tags(CampaignRecord campaign) {
		return catalogue.tags(campaign.taxonomyCodes(), false);
	}
}

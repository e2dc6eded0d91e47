package vn.xdd.review.reviews.application;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.xdd.files.Attachments;
import vn.xdd.files.StoredFile;
import vn.xdd.review.NewShortcoming;
import vn.xdd.review.ReviewContent.NewItem;
import vn.xdd.review.ReviewContent.RemedyResult;
import vn.xdd.review.ReviewContent;
import vn.xdd.review.ShortcomingStatus;
import vn.xdd.review.campaign.domain.CampaignRecord;
import vn.xdd.review.register.application.RecordShortcoming;
import vn.xdd.review.register.application.UpdateFromReview;
import vn.xdd.review.register.domain.ShortcomingRow;
import vn.xdd.review.register.persistence.JdbcShortcomings;
import vn.xdd.review.reviews.persistence.JdbcReviews;
import vn.xdd.shared.BusinessRuleException;

/**
 * Writes what a review says into the register: each new shortcoming becomes an item (through
 * {@link RecordShortcoming}), each result of remedying an earlier item of the same holder moves
 * that item (through {@link UpdateFromReview}); the signed file is stored with the review's unit.
 */
@Component
class ReviewContentWriter {

	private final RecordShortcoming recordShortcoming;

	private final UpdateFromReview updateFromReview;

	private final JdbcShortcomings shortcomings;

	private final JdbcReviews reviews;

	private final Attachments attachments;

	ReviewContentWriter(RecordShortcoming recordShortcoming, UpdateFromReview updateFromReview,
			JdbcShortcomings shortcomings, JdbcReviews reviews, Attachments attachments) {
		this.recordShortcoming = recordShortcoming;
		this.updateFromReview = updateFromReview;
		this.shortcomings = shortcomings;
		this.reviews = reviews;
		this.attachments = attachments;
	}

	void write(long reviewId, CampaignRecord campaign, ReviewSubject subject, ReviewContent content) {
		Set<String> allowedTaxonomies = Set.copyOf(campaign.taxonomyCodes());
		Set<String> allowedTags = shortcomings.activeTags()
			.stream()
			.filter(t -> allowedTaxonomies.contains(t.taxonomyCode()))
			.map(vn.xdd.review.register.domain.TagRow::code)
			.collect(Collectors.toSet());
		for (NewItem item : content.shortcomings()) {
			List<String> foreign = item.tags().stream().filter(t -> !allowedTags.contains(t)).toList();
			if (!foreign.isEmpty()) {
				throw new BusinessRuleException("review.error.tagOutsideCampaign", String.join(", ", foreign));
			}
			recordShortcoming.record(new NewShortcoming("REVIEW", campaign.name(), campaign.id(), reviewId,
					subject.kind(), subject.unit(), subject.member(), item.text(), item.tags(), item.cause(),
					item.responsibility(), item.remedy(), item.deadline(), item.answerable()));
		}
		if (!content.remedyResults().isEmpty()) {
			Set<Long> earlier = shortcomings
				.unresolvedOfHolder(subject.kind(), subject.unit().value(),
						subject.member() == null ? null : subject.member().value())
				.stream()
				.filter(r -> r.reviewId() == null || r.reviewId() != reviewId)
				.map(ShortcomingRow::id)
				.collect(Collectors.toSet());
			for (RemedyResult result : content.remedyResults()) {
				if (!earlier.contains(result.item().value())) {
					throw new BusinessRuleException("review.error.notEarlierItem", result.item().value());
				}
				if (result.status() != ShortcomingStatus.IN_PROGRESS && result.status() != ShortcomingStatus.REPORTED) {
					throw new BusinessRuleException("shortcoming.error.reviewUpdate");
				}
				updateFromReview.update(result.item(), reviewId, result.status(), result.note());
			}
		}
		if (content.signedFile() != null) {
			StoredFile file = attachments.store(subject.unit(), content.signedFile().fileName(),
					content.signedFile().content());
			reviews.attachSignedFile(reviewId, file.id());
		}
	}
}

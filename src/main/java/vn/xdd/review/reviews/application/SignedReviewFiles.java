package vn.xdd.review.reviews.application;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.xdd.files.AttachmentHolder;
import vn.xdd.files.FileId;
import vn.xdd.review.reviews.domain.ReviewRecord;
import vn.xdd.review.reviews.persistence.JdbcReviews;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.rule.RuleResult;

/** The signed copy of a review: opened by whom the review is shown to. */
@Component
class SignedReviewFiles implements AttachmentHolder {

	private final JdbcReviews reviews;

	private final OpenReview open;

	private final AccessScope scope;

	SignedReviewFiles(JdbcReviews reviews, OpenReview open, AccessScope scope) {
		this.reviews = reviews;
		this.open = open;
		this.scope = scope;
	}

	@Override
	public Optional<RuleResult> sightOf(FileId file) {
		List<ReviewRecord> signed = reviews.withSignedFile(file);
		if (signed.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(signed.stream().anyMatch(r -> scope.reaches(r.unit()) && open.readable(r))
				? RuleResult.allowed() : RuleResult.refused("visibility.error.attachment"));
	}
}

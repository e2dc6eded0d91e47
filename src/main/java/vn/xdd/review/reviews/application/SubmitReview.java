package vn.xdd.review.reviews.application;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.review.ReviewId;
import vn.xdd.review.ReviewSubmission;
import vn.xdd.review.reviews.application.ReviewEvents.ReviewSubmitted;
import vn.xdd.review.reviews.domain.ReviewChanges;
import vn.xdd.review.reviews.persistence.JdbcReviews;
import vn.xdd.shared.Actor;
import vn.xdd.shared.VersionConflictException;

/** Submits a draft review: it then counts as submitted in the campaign's tracker and no longer changes. */
@Service
public class SubmitReview implements ReviewSubmission {

	private final OpenReview openReview;

	private final ReviewAccess access;

	private final JdbcReviews reviews;

	private final ApplicationEventPublisher events;

	SubmitReview(OpenReview openReview, ReviewAccess access, JdbcReviews reviews, ApplicationEventPublisher events) {
		this.openReview = openReview;
		this.access = access;
		this.reviews = reviews;
		this.events = events;
	}

	@Override
	@Transactional
	public void submit(ReviewId review, int version) {
		long id = review.value();
		OpenReview.Opened opened = openReview.open(id);
		access.requireRecord(opened.review().unit());
		ReviewChanges.CHANGE.enforce(opened.change());
		if (!reviews.submit(id, version, Actor.currentName())) {
			throw new VersionConflictException("common.staleVersion");
		}
		events.publishEvent(new ReviewSubmitted(id, opened.review().unit()));
	}
}

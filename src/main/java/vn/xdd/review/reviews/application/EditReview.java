package vn.xdd.review.reviews.application;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.review.ReviewContent;
import vn.xdd.review.reviews.application.ReviewEvents.ReviewChanged;
import vn.xdd.review.reviews.domain.ReviewChanges;
import vn.xdd.review.reviews.persistence.JdbcReviews;
import vn.xdd.shared.VersionConflictException;

/**
 * Changes a draft review read at a version: its strengths, further shortcomings, results of
 * remedying earlier items, the signed file. Items already entered stay in the register, where
 * they follow their own life cycle.
 */
@Service
public class EditReview {

	private final OpenReview openReview;

	private final ReviewAccess access;

	private final JdbcReviews reviews;

	private final ReviewContentWriter writer;

	private final ApplicationEventPublisher events;

	EditReview(OpenReview openReview, ReviewAccess access, JdbcReviews reviews, ReviewContentWriter writer,
			ApplicationEventPublisher events) {
		this.openReview = openReview;
		this.access = access;
		this.reviews = reviews;
		this.writer = writer;
		this.events = events;
	}

	@Transactional
	public void edit(long id, int version, ReviewContent content) {
		OpenReview.Opened opened = openReview.open(id);
		access.requireRecord(opened.review().unit());
		ReviewChanges.CHANGE.enforce(opened.change());
		if (!reviews.update(id, version, content.strengths().strip())) {
			throw new VersionConflictException("common.staleVersion");
		}
		writer.write(id, opened.campaign(), opened.subject(), content);
		events.publishEvent(new ReviewChanged(id, opened.review().unit()));
	}
}

package vn.xdd.review;

/** Submitting a draft review read at a version: it then counts in the campaign’s tracker and no longer changes. */
public interface ReviewSubmission {

	void submit(ReviewId review, int version);
}

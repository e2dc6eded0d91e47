package vn.xdd.review;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What a review records (review-and-remediation.md, Content of a review): strengths, new
 * shortcomings (each becomes an item of the register), the results of remedying earlier items,
 * and the signed review file.
 */
public record ReviewContent(String strengths, List<NewItem> shortcomings, List<RemedyResult> remedyResults,
		@Nullable SignedFile signedFile) {

	/**
	 * A shortcoming named in the review.
	 *
	 * @param cause OBJECTIVE, SUBJECTIVE or BOTH
	 * @param responsibility COLLECTIVE, INDIVIDUAL or HEAD
	 */
	public record NewItem(String text, List<String> tags, @Nullable String cause, @Nullable String responsibility,
			String remedy, @Nullable LocalDate deadline, @Nullable String answerable) {
	}

	/** The result of remedying an earlier item: IN_PROGRESS, or REPORTED (remedied) with a note. */
	public record RemedyResult(ShortcomingId item, ShortcomingStatus status, String note) {
	}

	/** The scanned, signed review. */
	public record SignedFile(String fileName, byte[] content) {
	}
}

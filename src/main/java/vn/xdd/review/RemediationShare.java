package vn.xdd.review;

/**
 * How far a holder's shortcomings of a period were remedied: the figure the 2025 rules ask for
 * the excellent rating (100% of earlier shortcomings remedied).
 *
 * @param total the holder's items recorded in the period
 * @param verified those verified remedied by the upper level (or closed after verification)
 * @param overdue those past their deadline and not verified
 */
public record RemediationShare(long total, long verified, long overdue) {

	/** The share verified, 0–100; a holder without shortcomings has remedied all of them. */
	public int percentVerified() {
		return total == 0 ? 100 : (int) Math.floor(verified * 100.0 / total);
	}

	public boolean allRemedied() {
		return verified == total;
	}
}

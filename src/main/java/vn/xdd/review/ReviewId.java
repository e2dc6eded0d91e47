package vn.xdd.review;

/** The id of a review (kiểm điểm) of a collective or a member in a campaign. */
public record ReviewId(long value) {

	@Override
	public String toString() {
		return Long.toString(value);
	}
}

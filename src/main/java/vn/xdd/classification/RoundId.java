package vn.xdd.classification;

/** The id of a classification round (the round of a year for a subtree). */
public record RoundId(long value) {

	@Override
	public String toString() {
		return Long.toString(value);
	}
}

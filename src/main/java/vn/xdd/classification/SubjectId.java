package vn.xdd.classification;

/** The id of a subject of a round: an organisation or a member to be classified. */
public record SubjectId(long value) {

	@Override
	public String toString() {
		return Long.toString(value);
	}
}

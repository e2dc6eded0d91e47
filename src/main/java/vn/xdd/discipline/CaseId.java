package vn.xdd.discipline;

/** The id of a discipline case. */
public record CaseId(long value) {

	@Override
	public String toString() {
		return Long.toString(value);
	}
}

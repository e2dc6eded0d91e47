package vn.xdd.organization;

/** The identity of a member record in the registry. */
public record MemberId(long value) {

	@Override
	public String toString() {
		return Long.toString(value);
	}
}

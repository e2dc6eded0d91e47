package vn.xdd.shared;

/** Identifier of a node of the party organisation tree (tổ chức đảng). */
public record OrgUnitId(long value) {

	public static OrgUnitId of(long value) {
		return new OrgUnitId(value);
	}

	@Override
	public String toString() {
		return Long.toString(value);
	}
}

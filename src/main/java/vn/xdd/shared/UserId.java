package vn.xdd.shared;

/** Identifier of a user account (tài khoản người dùng). */
public record UserId(long value) {

	@Override
	public String toString() {
		return Long.toString(value);
	}
}

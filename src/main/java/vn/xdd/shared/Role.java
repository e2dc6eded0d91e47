package vn.xdd.shared;

/**
 * What a user may do in the units of a grant. The Vietnamese label of each role is the
 * message {@code role.<NAME>}.
 */
public enum Role {
	/** Quản trị hệ thống: users, grants and the audit trail of the subtree. */
	ADMIN,
	/** Thường trực cấp ủy: reads everything in scope, approves. */
	LEADERSHIP,
	/** Ban Tổ chức / Ban Xây dựng Đảng. */
	ORGANIZATION_BOARD,
	/** Ủy ban Kiểm tra. */
	INSPECTION,
	/** Ban Tuyên giáo và Dân vận. */
	PROPAGANDA,
	/** Văn phòng cấp ủy. */
	OFFICE,
	/** Bí thư or phó bí thư of a unit. */
	SECRETARY,
	/** Đảng viên: own data only. */
	MEMBER;

	public String messageKey() {
		return "role." + name();
	}
}

package vn.xdd.shared;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

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

	/**
	 * The roles of a level that verifies the work of the level below (a report of remedy, a
	 * progress report): the standing committee, the organisation board and the inspection
	 * committee. The rules say only that the upper level verifies; which of its bodies act for
	 * it is this product's decision, kept here once for every module.
	 */
	public static Set<Role> verifying() {
		return VERIFYING;
	}

	private static final Set<Role> VERIFYING = Collections
		.unmodifiableSet(EnumSet.of(LEADERSHIP, ORGANIZATION_BOARD, INSPECTION));

	public String messageKey() {
		return "role." + name();
	}
}

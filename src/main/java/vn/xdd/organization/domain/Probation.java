package vn.xdd.organization.domain;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.xdd.organization.MemberStatus;

/**
 * The probation of a new member (Điều lệ Đảng, Điều 5): 12 months from admission, after which
 * the chapter considers recognising the member as full member (xét công nhận chính thức), or
 * removes them from the list.
 */
public final class Probation {

	public static final int MONTHS = 12;

	private Probation() {
	}

	/** The first day the member may be recognised as full member. */
	public static LocalDate endsOn(LocalDate admittedOn) {
		return admittedOn.plusMonths(MONTHS);
	}

	/** Whether a member is due for recognition: still probationary, admitted 12 months ago or more. */
	public static boolean reviewDue(MemberStatus status, @Nullable LocalDate admittedOn, LocalDate today) {
		return status == MemberStatus.PROBATIONARY && admittedOn != null && !endsOn(admittedOn).isAfter(today);
	}
}

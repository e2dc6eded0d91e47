package vn.xdd.review.register.domain;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.xdd.review.ShortcomingStatus;

/** An item is overdue when its deadline has passed and it is not verified remedied. */
public final class Overdue {

	private Overdue() {
	}

	public static boolean isOverdue(ShortcomingStatus status, @Nullable LocalDate deadline, LocalDate today) {
		return deadline != null && deadline.isBefore(today) && status.unresolved();
	}
}

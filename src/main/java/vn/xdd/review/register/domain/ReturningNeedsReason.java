package vn.xdd.review.register.domain;

import org.jspecify.annotations.Nullable;

/** A report of remedy is returned only with a reason the holder can act on. */
public final class ReturningNeedsReason {

	private ReturningNeedsReason() {
	}

	public static Decision check(@Nullable String reason) {
		return reason == null || reason.isBlank() ? Decision.refuse("shortcoming.error.reasonRequired")
				: Decision.allow();
	}
}

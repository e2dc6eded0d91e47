package vn.xdd.review.register.domain;

import vn.xdd.review.ShortcomingStatus;

/** An item moves only along its life cycle ({@link ShortcomingStatus#next()}). */
public final class StatusMayMove {

	private StatusMayMove() {
	}

	public static Decision check(ShortcomingStatus from, ShortcomingStatus to) {
		return from.next().contains(to) ? Decision.allow()
				: Decision.refuse("shortcoming.error.transition", from.messageKey(), to.messageKey());
	}
}

package vn.xdd.review.register.domain;

import vn.xdd.shared.BusinessRuleException;

/** What a rule answers: allowed, or refused with a reason the user can read (a message key). */
public record Decision(boolean allowed, String reasonKey, Object[] arguments) {

	public static Decision allow() {
		return new Decision(true, "", new Object[0]);
	}

	public static Decision refuse(String reasonKey, Object... arguments) {
		return new Decision(false, reasonKey, arguments);
	}

	/** Throws the refusal as a {@link BusinessRuleException}; nothing is changed. */
	public void orThrow() {
		if (!allowed) {
			throw new BusinessRuleException(reasonKey, arguments);
		}
	}
}

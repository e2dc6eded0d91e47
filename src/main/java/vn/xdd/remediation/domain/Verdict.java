package vn.xdd.remediation.domain;

import org.jspecify.annotations.Nullable;

import vn.xdd.shared.BusinessRuleException;

/**
 * The answer of a rule: allowed, or refused with the key of a message the user can read.
 */
public record Verdict(boolean allowed, @Nullable String reasonKey) {

	private static final Verdict ALLOWED = new Verdict(true, null);

	public static Verdict allow() {
		return ALLOWED;
	}

	public static Verdict refuse(String reasonKey) {
		return new Verdict(false, reasonKey);
	}

	/** Throws the refusal as a {@link BusinessRuleException}; does nothing when allowed. */
	public void orThrow() {
		if (!allowed) {
			throw new BusinessRuleException(reasonKey == null ? "plan.error.notAllowed" : reasonKey);
		}
	}
}

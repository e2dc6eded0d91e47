package vn.xdd.review.register.domain;

import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/** A report of remedy is returned only with a reason the holder can act on. */
public final class ReturningNeedsReason implements Rule<ShortcomingLifeCycle.Step> {

	@Override
	public RuleResult check(ShortcomingLifeCycle.Step candidate) {
		return ShortcomingLifeCycle.blank(candidate.note()) ? RuleResult.refused("shortcoming.error.reasonRequired")
				: RuleResult.allowed();
	}

	@Override
	public String regulation() {
		return "ADR 0009";
	}
}

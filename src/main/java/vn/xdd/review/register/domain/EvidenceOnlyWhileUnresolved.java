package vn.xdd.review.register.domain;

import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/** Evidence is added to an item not yet verified remedied: a verified or closed item’s record is complete. */
public final class EvidenceOnlyWhileUnresolved implements Rule<ShortcomingLifeCycle.Step> {

	@Override
	public RuleResult check(ShortcomingLifeCycle.Step candidate) {
		return candidate.from().unresolved() ? RuleResult.allowed()
				: RuleResult.refused("shortcoming.error.resolved", candidate.from().messageKey());
	}

	@Override
	public String regulation() {
		return "ADR 0009";
	}
}

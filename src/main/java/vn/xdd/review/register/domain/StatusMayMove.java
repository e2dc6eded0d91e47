package vn.xdd.review.register.domain;

import vn.xdd.review.ShortcomingStatus;
import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/** An item moves only along its life cycle ({@link ShortcomingStatus#next()}); nothing moves it back to open. */
public final class StatusMayMove implements Rule<ShortcomingLifeCycle.Transition> {

	@Override
	public RuleResult check(ShortcomingLifeCycle.Transition candidate) {
		return candidate.from().next().contains(candidate.to()) ? RuleResult.allowed()
				: RuleResult.refused("shortcoming.error.transition", candidate.from().messageKey(),
						candidate.to().messageKey());
	}

	@Override
	public String regulation() {
		return "ADR 0009";
	}
}

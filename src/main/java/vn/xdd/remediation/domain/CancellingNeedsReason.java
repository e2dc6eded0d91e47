package vn.xdd.remediation.domain;

import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/** A plan is cancelled only with the reason written down. */
public final class CancellingNeedsReason implements Rule<PlanLifecycle.Cancellation> {

	@Override
	public RuleResult check(PlanLifecycle.Cancellation candidate) {
		return PlanLifecycle.blank(candidate.reason()) ? RuleResult.refused("plan.error.cancelReasonRequired")
				: RuleResult.allowed();
	}

	@Override
	public String regulation() {
		return "ADR 0009";
	}
}

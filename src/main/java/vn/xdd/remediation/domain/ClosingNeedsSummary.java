package vn.xdd.remediation.domain;

import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/** A plan is closed with the summary of its results (the final results report). */
public final class ClosingNeedsSummary implements Rule<PlanLifecycle.Closing> {

	@Override
	public RuleResult check(PlanLifecycle.Closing candidate) {
		return PlanLifecycle.blank(candidate.summary()) ? RuleResult.refused("plan.error.summaryRequired")
				: RuleResult.allowed();
	}

	@Override
	public String regulation() {
		return "ADR 0009";
	}
}

package vn.xdd.remediation.domain;

import vn.xdd.remediation.PlanStatus;
import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/** Only a plan in force is closed. */
public final class OnlyPlanInForceCloses implements Rule<PlanLifecycle.OfPlan> {

	@Override
	public RuleResult check(PlanLifecycle.OfPlan candidate) {
		return candidate.status() == PlanStatus.ISSUED ? RuleResult.allowed() : RuleResult.refused("plan.error.closeNotIssued");
	}

	@Override
	public String regulation() {
		return "ADR 0009";
	}
}

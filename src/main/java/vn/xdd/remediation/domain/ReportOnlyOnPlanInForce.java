package vn.xdd.remediation.domain;

import vn.xdd.remediation.PlanStatus;
import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/** Progress is reported only on a plan in force. */
public final class ReportOnlyOnPlanInForce implements Rule<PlanLifecycle.ProgressReport> {

	@Override
	public RuleResult check(PlanLifecycle.ProgressReport candidate) {
		return candidate.status() == PlanStatus.ISSUED ? RuleResult.allowed() : RuleResult.refused("plan.error.reportNotIssued");
	}

	@Override
	public String regulation() {
		return "ADR 0009";
	}
}

package vn.xdd.remediation.domain;

import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/** A progress report is returned only with a reason, which the lead unit is told. */
public final class ReturningNeedsReason implements Rule<ReportDecisions.Decision> {

	@Override
	public RuleResult check(ReportDecisions.Decision candidate) {
		return PlanLifecycle.blank(candidate.reason()) ? RuleResult.refused("plan.error.returnReasonRequired")
				: RuleResult.allowed();
	}

	@Override
	public String regulation() {
		return "ADR 0009";
	}
}

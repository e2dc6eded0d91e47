package vn.xdd.remediation.domain;

import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/** A plan a unit has reported progress on is an official record: it is never deleted, only cancelled. */
public final class ReportedPlanStays implements Rule<PlanLifecycle.Deletion> {

	@Override
	public RuleResult check(PlanLifecycle.Deletion candidate) {
		return candidate.reports() > 0 ? RuleResult.refused("plan.error.deleteHasReports") : RuleResult.allowed();
	}

	@Override
	public String regulation() {
		return "ADR 0009";
	}
}

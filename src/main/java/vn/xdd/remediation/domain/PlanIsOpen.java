package vn.xdd.remediation.domain;

import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/** Details, groups and tasks of a plan change, and it is disseminated or cancelled, only while it is a draft or in force. */
public final class PlanIsOpen implements Rule<PlanLifecycle.OfPlan> {

	@Override
	public RuleResult check(PlanLifecycle.OfPlan candidate) {
		return candidate.status().open() ? RuleResult.allowed() : RuleResult.refused("plan.error.notOpen");
	}

	@Override
	public String regulation() {
		return "ADR 0009";
	}
}

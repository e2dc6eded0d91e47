package vn.xdd.remediation.domain;

import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/** A plan is disseminated to at least one unit. */
public final class DisseminationNeedsTargets implements Rule<PlanLifecycle.Dissemination> {

	@Override
	public RuleResult check(PlanLifecycle.Dissemination candidate) {
		return candidate.targets() == 0 ? RuleResult.refused("plan.error.noTargets") : RuleResult.allowed();
	}

	@Override
	public String regulation() {
		return "ADR 0009";
	}
}

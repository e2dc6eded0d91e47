package vn.xdd.remediation.domain;

import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/** A task that is done takes no more progress reports. */
public final class DoneTaskTakesNoReport implements Rule<PlanLifecycle.ProgressReport> {

	@Override
	public RuleResult check(PlanLifecycle.ProgressReport candidate) {
		return candidate.task().done() ? RuleResult.refused("plan.error.taskDone") : RuleResult.allowed();
	}

	@Override
	public String regulation() {
		return "ADR 0009";
	}
}

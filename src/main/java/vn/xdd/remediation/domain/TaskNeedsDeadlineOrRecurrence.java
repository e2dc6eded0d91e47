package vn.xdd.remediation.domain;

import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/** A task is due by a deadline, or recurs (monthly, quarterly…). */
public final class TaskNeedsDeadlineOrRecurrence implements Rule<Tasks.Task> {

	@Override
	public RuleResult check(Tasks.Task candidate) {
		return candidate.recurrence() == Recurrence.NONE && candidate.deadline() == null
				? RuleResult.refused("plan.error.deadlineOrRecurrence") : RuleResult.allowed();
	}

	@Override
	public String regulation() {
		return "ADR 0009";
	}
}

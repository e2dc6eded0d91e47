package vn.xdd.remediation.domain;

import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/** A task has someone who answers for it: a lead unit, or a lead person. */
public final class TaskNeedsLead implements Rule<Tasks.Task> {

	@Override
	public RuleResult check(Tasks.Task candidate) {
		return !candidate.leadUnit() && candidate.leadPerson() == null ? RuleResult.refused("plan.error.leadRequired")
				: RuleResult.allowed();
	}

	@Override
	public String regulation() {
		return "ADR 0009";
	}
}

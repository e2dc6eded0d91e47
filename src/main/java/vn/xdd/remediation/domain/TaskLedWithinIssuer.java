package vn.xdd.remediation.domain;

import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/** The lead and coordinating units of a task are units of the issuing unit's subtree. */
public final class TaskLedWithinIssuer implements Rule<Tasks.Task> {

	@Override
	public RuleResult check(Tasks.Task candidate) {
		return candidate.unitsOutsideIssuer() > 0 ? RuleResult.refused("plan.error.leadOutsideIssuer")
				: RuleResult.allowed();
	}

	@Override
	public String regulation() {
		return "ADR 0009";
	}
}

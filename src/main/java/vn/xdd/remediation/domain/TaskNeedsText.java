package vn.xdd.remediation.domain;

import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/** A task says what is to be done, in at most {@value Tasks#MAX_TEXT} characters. */
public final class TaskNeedsText implements Rule<Tasks.Task> {

	@Override
	public RuleResult check(Tasks.Task candidate) {
		String text = candidate.text();
		return text == null || text.isBlank() || text.length() > Tasks.MAX_TEXT
				? RuleResult.refused("plan.error.taskTextRequired", Tasks.MAX_TEXT) : RuleResult.allowed();
	}

	@Override
	public String regulation() {
		return "ADR 0009";
	}
}

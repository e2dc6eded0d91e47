package vn.xdd.remediation.domain;

import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/** A progress report is verified or returned once: only a submitted report awaits a decision. */
public final class ReportDecidedOnce implements Rule<ReportDecisions.Decision> {

	@Override
	public RuleResult check(ReportDecisions.Decision candidate) {
		return candidate.status() == ReportStatus.SUBMITTED ? RuleResult.allowed()
				: RuleResult.refused("plan.error.alreadyDecided");
	}

	@Override
	public String regulation() {
		return "ADR 0009";
	}
}

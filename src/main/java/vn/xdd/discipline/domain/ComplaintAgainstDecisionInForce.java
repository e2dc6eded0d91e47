package vn.xdd.discipline.domain;

import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/** A complaint is against a decision in force, and one complaint at a time waits for its ruling. */
public final class ComplaintAgainstDecisionInForce implements Rule<ComplaintFiling> {

	@Override
	public RuleResult check(ComplaintFiling filing) {
		if (!filing.decisionInForce()) {
			return RuleResult.refused("discipline.error.complaintNoDecision");
		}
		return filing.complaintPending() ? RuleResult.refused("discipline.error.complaintPending") : RuleResult.allowed();
	}

	@Override
	public String regulation() {
		return "Quy định 69-QĐ/TW (2022): quyết định kỷ luật có hiệu lực trong khi khiếu nại";
	}
}

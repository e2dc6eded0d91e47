package vn.xdd.discipline.domain;

import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/** A form is proposed and decided for violations recorded in the case, never for none. */
public final class CaseHasViolation implements Rule<ProposedDiscipline> {

	@Override
	public RuleResult check(ProposedDiscipline proposal) {
		return proposal.violations().isEmpty() ? RuleResult.refused("discipline.error.noViolation")
				: RuleResult.allowed();
	}

	@Override
	public String regulation() {
		return "Điều lệ Đảng, Điều 35: kỷ luật tổ chức đảng, đảng viên vi phạm";
	}
}

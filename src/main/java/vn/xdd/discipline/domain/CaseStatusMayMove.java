package vn.xdd.discipline.domain;

import vn.xdd.discipline.CaseStatus;
import vn.xdd.shared.rule.Label;
import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/** A case moves only along its life cycle ({@link CaseStatus#next()}); a decided case is never reopened. */
public final class CaseStatusMayMove implements Rule<CaseTransition> {

	@Override
	public RuleResult check(CaseTransition transition) {
		return transition.from().next().contains(transition.to()) ? RuleResult.allowed()
				: RuleResult.refused("discipline.error.statusMove", Label.of(transition.from().messageKey()),
						Label.of(transition.to().messageKey()));
	}

	@Override
	public String regulation() {
		return "Quy định 296-QĐ/TW (2025), trình tự xem xét, thi hành kỷ luật";
	}
}

package vn.xdd.discipline.domain;

import vn.xdd.discipline.CaseStatus;
import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/** A decision is never deleted: it is annulled, and the annulment states its reason. */
public final class AnnulmentNeedsReason implements Rule<CaseTransition> {

	@Override
	public RuleResult check(CaseTransition transition) {
		return transition.to() == CaseStatus.ANNULLED && transition.note().isBlank()
				? RuleResult.refused("discipline.error.annulmentReason")
				: RuleResult.allowed();
	}

	@Override
	public String regulation() {
		return "Quy định 117-QĐ/TW (2023), kỷ luật oan, sai; issue 10 (a case is never deleted after a decision)";
	}
}

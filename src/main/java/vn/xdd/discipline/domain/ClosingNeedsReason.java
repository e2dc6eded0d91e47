package vn.xdd.discipline.domain;

import vn.xdd.discipline.CaseStatus;
import vn.xdd.discipline.ClosingReason;
import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/**
 * A case closed without discipline says why (limitation expired, no violation, waived); closing for
 * limitation is allowed only when the period of every violation has run out.
 */
public final class ClosingNeedsReason implements Rule<CaseTransition> {

	@Override
	public RuleResult check(CaseTransition transition) {
		if (transition.to() != CaseStatus.CLOSED) {
			return RuleResult.allowed();
		}
		if (transition.closingReason() == null) {
			return RuleResult.refused("discipline.error.closingReason");
		}
		if (transition.closingReason() == ClosingReason.LIMITATION_EXPIRED && !transition.limitationExpired()) {
			return RuleResult.refused("discipline.error.limitationNotExpired");
		}
		return RuleResult.allowed();
	}

	@Override
	public String regulation() {
		return "Quy định 69-QĐ/TW (2022): hết thời hiệu thì không kỷ luật, ghi nhận lý do";
	}
}

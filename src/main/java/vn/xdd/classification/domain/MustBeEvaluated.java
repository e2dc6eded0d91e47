package vn.xdd.classification.domain;

import vn.xdd.shared.rule.Label;
import vn.xdd.shared.rule.RuleResult;

/** A member exempted, suspended or admitted too recently is not classified at all. */
public final class MustBeEvaluated implements Gate {

	@Override
	public RuleResult check(LevelClaim claim) {
		var reason = claim.facts().notEvaluated();
		return reason == null ? RuleResult.allowed()
				: RuleResult.refused("classification.gate.notEvaluated", Label.of(reason.messageKey()));
	}

	@Override
	public String regulation() {
		return "Quy định 132-QĐ/TW; Quy định 124-QĐ/TW, Điều 3: đảng viên không đánh giá, xếp loại";
	}
}

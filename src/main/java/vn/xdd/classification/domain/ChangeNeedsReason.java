package vn.xdd.classification.domain;

import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/** A level other than the one proposed needs its reason, which is kept (e.g. ‘hạ từ … xuống …: …’). */
public final class ChangeNeedsReason implements Rule<LevelChoice> {

	@Override
	public RuleResult check(LevelChoice choice) {
		return choice.changed() && choice.reason().isBlank() ? RuleResult.refused("classification.error.changeNeedsReason")
				: RuleResult.allowed();
	}

	@Override
	public String regulation() {
		return "Hướng dẫn 43-HD/BTCTW; Quy định 132-QĐ/TW, Điều 10: thẩm định đề xuất mức xếp loại, nêu rõ lý do";
	}
}

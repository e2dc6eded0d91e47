package vn.xdd.discipline.domain;

import vn.xdd.shared.VietnameseText;
import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/** A complaint is ruled on after it was filed, and on a day that has come. */
public final class RuledAfterFiling implements Rule<RulingFacts> {

	@Override
	public RuleResult check(RulingFacts ruling) {
		if (ruling.ruledOn().isBefore(ruling.filedOn())) {
			return RuleResult.refused("discipline.error.ruledBeforeFiling", VietnameseText.date(ruling.filedOn()));
		}
		return ruling.ruledOn().isAfter(ruling.today())
				? RuleResult.refused("discipline.error.dayInFuture", VietnameseText.date(ruling.ruledOn()))
				: RuleResult.allowed();
	}

	@Override
	public String regulation() {
		return "Quy định 296-QĐ/TW (2025), giải quyết khiếu nại kỷ luật đảng";
	}
}

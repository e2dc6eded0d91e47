package vn.xdd.discipline.domain;

import vn.xdd.shared.VietnameseText;
import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/** A case is opened on a day that has come: the file records what was done, not what is planned. */
public final class OpenedNotInFuture implements Rule<CaseOpeningFacts> {

	@Override
	public RuleResult check(CaseOpeningFacts facts) {
		return facts.openedOn().isAfter(facts.today())
				? RuleResult.refused("discipline.error.openedInFuture", VietnameseText.date(facts.openedOn()))
				: RuleResult.allowed();
	}

	@Override
	public String regulation() {
		return "Quy định 296-QĐ/TW (2025), trình tự xem xét, thi hành kỷ luật (ngày thụ lý)";
	}
}

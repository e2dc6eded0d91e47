package vn.xdd.discipline.domain;

import java.util.List;
import java.util.Objects;

import vn.xdd.shared.VietnameseText;
import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/**
 * No form is imposed for a violation whose limitation period ran out before the body concluded:
 * the case is then closed as ‘no discipline imposed: limitation expired’.
 */
public final class LimitationNotExpired implements Rule<ProposedDiscipline> {

	@Override
	public RuleResult check(ProposedDiscipline proposal) {
		List<LimitationReckoning.Period> expired = LimitationReckoning.expired(proposal.limitationPeriods(),
				proposal.concludedOn());
		if (expired.isEmpty()) {
			return RuleResult.allowed();
		}
		LimitationReckoning.Period first = expired.get(0);
		return RuleResult.refused("discipline.error.limitationExpired", first.violation().description(),
				VietnameseText.date(Objects.requireNonNull(first.lastDay())), proposal.ruleSet().citation());
	}

	@Override
	public String regulation() {
		return "Quy định 69-QĐ/TW (2022), thời hiệu kỷ luật (60 tháng, 120 tháng)";
	}
}

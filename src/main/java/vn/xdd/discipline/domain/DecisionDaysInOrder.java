package vn.xdd.discipline.domain;

import vn.xdd.shared.VietnameseText;
import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/**
 * The days of a decision follow the procedure: opened, then proposed, then concluded, then decided,
 * then announced, and none of them after today.
 */
public final class DecisionDaysInOrder implements Rule<DecisionDays> {

	@Override
	public RuleResult check(DecisionDays days) {
		if (days.concludedOn().isBefore(days.openedOn())) {
			return RuleResult.refused("discipline.error.concludedBeforeOpening", VietnameseText.date(days.openedOn()));
		}
		if (days.proposedOn() != null && days.concludedOn().isBefore(days.proposedOn())) {
			return RuleResult.refused("discipline.error.concludedBeforeProposal", VietnameseText.date(days.proposedOn()));
		}
		if (days.decidedOn().isBefore(days.concludedOn())) {
			return RuleResult.refused("discipline.error.decidedBeforeConclusion",
					VietnameseText.date(days.concludedOn()));
		}
		if (days.announcedOn().isBefore(days.decidedOn())) {
			return RuleResult.refused("discipline.error.announcedBeforeDecision", VietnameseText.date(days.decidedOn()));
		}
		if (days.announcedOn().isAfter(days.today())) {
			return RuleResult.refused("discipline.error.dayInFuture", VietnameseText.date(days.announcedOn()));
		}
		return RuleResult.allowed();
	}

	@Override
	public String regulation() {
		return "Quy định 296-QĐ/TW (2025), trình tự xem xét, thi hành kỷ luật";
	}
}

package vn.xdd.classification.domain;

import vn.xdd.classification.Level;
import vn.xdd.discipline.Sanction;
import vn.xdd.shared.VietnameseText;
import vn.xdd.shared.rule.Label;
import vn.xdd.shared.rule.RuleResult;

/**
 * Disciplined in the year evaluated: not completed (a violation counts once, in the year of its
 * decision). The refusal names the decision.
 */
public final class DisciplinedInYear implements Gate {

	@Override
	public RuleResult check(LevelClaim claim) {
		if (!claim.ruleSet().disciplineCaps() || claim.level() == Level.NOT_COMPLETED
				|| claim.facts().sanctions().isEmpty()) {
			return RuleResult.allowed();
		}
		Sanction sanction = claim.facts().sanctions().get(0);
		return RuleResult.refusedBecauseOf(RuleResult.Cause.of("DISCIPLINE_CASE", sanction.caseId().value()),
				"classification.gate.disciplined", Label.of(sanction.form().messageKey()), sanction.decisionNumber(),
				VietnameseText.date(sanction.decidedOn()));
	}

	@Override
	public String regulation() {
		return "Quy định 132-QĐ/TW, Điều 6; Quy định 124-QĐ/TW; Nghị định 335/2025 (bị kỷ luật trong năm đánh giá)";
	}
}

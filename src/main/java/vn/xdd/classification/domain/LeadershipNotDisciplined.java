package vn.xdd.classification.domain;

import vn.xdd.classification.Level;
import vn.xdd.discipline.Sanction;
import vn.xdd.shared.VietnameseText;
import vn.xdd.shared.rule.Label;
import vn.xdd.shared.rule.RuleResult;

/**
 * A collective with a member of its leadership or a subordinate organisation disciplined in the
 * year, or a leader whose unit had one, is not excellent — unless the violation was self-detected
 * and fully remedied, which the appraisal may record as its reason to overrule.
 */
public final class LeadershipNotDisciplined implements Gate {

	@Override
	public RuleResult check(LevelClaim claim) {
		if (!claim.ruleSet().leadershipGate() || claim.level() != Level.EXCELLENT || !claim.facts().answersForOthers()
				|| claim.facts().leadershipSanctions().isEmpty()) {
			return RuleResult.allowed();
		}
		Sanction sanction = claim.facts().leadershipSanctions().get(0);
		return RuleResult.refusedBecauseOf(RuleResult.Cause.of("DISCIPLINE_CASE", sanction.caseId().value()),
				"classification.gate.leadershipDisciplined", Label.of(sanction.form().messageKey()),
				sanction.decisionNumber(), VietnameseText.date(sanction.decidedOn()));
	}

	@Override
	public boolean overrulable() {
		return true;
	}

	@Override
	public String regulation() {
		return "Quy định 366-QĐ/TW; Quy định 124-QĐ/TW (trừ trường hợp chủ động phát hiện, khắc phục)";
	}
}

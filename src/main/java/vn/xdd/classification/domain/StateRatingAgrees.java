package vn.xdd.classification.domain;

import vn.xdd.classification.Level;
import vn.xdd.classification.SubjectKind;
import vn.xdd.shared.rule.RuleResult;

/**
 * A civil servant's party level follows his state evaluation: not completed there, not completed
 * here; excellent here only if excellent there.
 */
public final class StateRatingAgrees implements Gate {

	@Override
	public RuleResult check(LevelClaim claim) {
		Level state = claim.facts().stateLevel();
		if (!claim.ruleSet().stateRatingGate() || state == null || claim.facts().kind() != SubjectKind.MEMBER) {
			return RuleResult.allowed();
		}
		if (state == Level.NOT_COMPLETED && claim.level() != Level.NOT_COMPLETED) {
			return RuleResult.refused("classification.gate.stateNotCompleted");
		}
		if (claim.level() == Level.EXCELLENT && state != Level.EXCELLENT) {
			return RuleResult.refused("classification.gate.stateNotExcellent");
		}
		return RuleResult.allowed();
	}

	@Override
	public String regulation() {
		return "Hướng dẫn 21-HD/BTCTW năm 2019; Nghị định 335/2025 (đánh giá công chức trước đánh giá đảng viên)";
	}
}

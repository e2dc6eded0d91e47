package vn.xdd.classification.domain;

import org.jspecify.annotations.Nullable;

import vn.xdd.classification.Level;
import vn.xdd.shared.rule.RuleResult;

/**
 * Under a point scale, each level needs its score: excellent ≥ 90, good ≥ 70, completed ≥ 50 (QĐ
 * 366; the thresholds are settings of the rule set).
 */
public final class ScoreBand implements Gate {

	@Override
	public RuleResult check(LevelClaim claim) {
		RuleSet rules = claim.ruleSet();
		if (rules.scale() != RuleSet.Scale.POINTS || claim.level() == Level.NOT_COMPLETED) {
			return RuleResult.allowed();
		}
		@Nullable Integer min = switch (claim.level()) {
			case EXCELLENT -> rules.excellentMinScore();
			case GOOD -> rules.goodMinScore();
			default -> rules.completedMinScore();
		};
		if (min == null) {
			return RuleResult.allowed();
		}
		Integer score = claim.facts().score();
		if (score == null) {
			return RuleResult.refused("classification.gate.noScore");
		}
		return score >= min ? RuleResult.allowed() : RuleResult.refused("classification.gate.score", score, min);
	}

	@Override
	public String regulation() {
		return "Quy định 366-QĐ/TW: thang 100 điểm (30 điểm tiêu chí chung, 70 điểm kết quả nhiệm vụ); Hướng dẫn 27-HD/BTCTW";
	}
}

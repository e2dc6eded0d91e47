package vn.xdd.classification.domain;

import java.util.List;

import vn.xdd.classification.Level;
import vn.xdd.classification.SubjectKind;
import vn.xdd.shared.rule.RuleResult;

/**
 * QĐ 132: an organisation is excellent only if all those below it (a committee's organisations, a
 * chapter's members) completed at least, and at least 80% of them are good or better.
 */
public final class SubordinatesCarryTheLevel implements Gate {

	@Override
	public RuleResult check(LevelClaim claim) {
		Integer share = claim.ruleSet().goodShareMinPercent();
		List<Level> below = claim.facts().below();
		if (!claim.ruleSet().subordinatesGate() || share == null || claim.level() != Level.EXCELLENT
				|| claim.facts().kind() != SubjectKind.ORGANIZATION || below.isEmpty()) {
			return RuleResult.allowed();
		}
		long notCompleted = below.stream().filter(l -> l == Level.NOT_COMPLETED).count();
		if (notCompleted > 0) {
			return RuleResult.refused("classification.gate.belowNotCompleted", notCompleted, below.size());
		}
		long good = below.stream().filter(l -> l.atLeast(Level.GOOD)).count();
		if (good * 100 < (long) share * below.size()) {
			return RuleResult.refused("classification.gate.belowGoodShare", good, below.size(), share);
		}
		return RuleResult.allowed();
	}

	@Override
	public String regulation() {
		return "Quy định 132-QĐ/TW, Điều 8 (100% hoàn thành nhiệm vụ trở lên, ≥ 80% hoàn thành tốt trở lên)";
	}
}

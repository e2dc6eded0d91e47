package vn.xdd.classification.domain;

import java.util.Map;

import vn.xdd.classification.Grade;
import vn.xdd.classification.Level;
import vn.xdd.shared.rule.RuleResult;

/** QĐ 124: a criterion graded Kém means not completed; the refusal names the criterion. */
public final class NoPoorGrade implements Gate {

	@Override
	public RuleResult check(LevelClaim claim) {
		if (!claim.ruleSet().poorGradeCaps() || claim.level() == Level.NOT_COMPLETED) {
			return RuleResult.allowed();
		}
		for (Map.Entry<String, Grade> grade : claim.facts().grades().entrySet()) {
			if (grade.getValue() == Grade.POOR) {
				return RuleResult.refused("classification.gate.poorGrade",
						claim.facts().criterionNames().getOrDefault(grade.getKey(), grade.getKey()));
			}
		}
		return RuleResult.allowed();
	}

	@Override
	public String regulation() {
		return "Quy định 124-QĐ/TW: có tiêu chí xếp mức Kém thì không hoàn thành nhiệm vụ";
	}
}

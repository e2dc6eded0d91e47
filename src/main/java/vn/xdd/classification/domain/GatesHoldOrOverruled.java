package vn.xdd.classification.domain;

import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/**
 * The chosen level passes every gate, or fails only gates the regulation lets the appraisal
 * overrule, and the overruling carries its reason.
 */
public final class GatesHoldOrOverruled implements Rule<LevelChoice> {

	@Override
	public RuleResult check(LevelChoice choice) {
		for (Gates.Failure failure : Gates.failures(choice.facts(), choice.chosen())) {
			if (!failure.overrulable()) {
				return failure.refusal();
			}
			if (choice.overruleReason().isBlank()) {
				return RuleResult.refused("classification.error.overruleNeedsReason");
			}
		}
		return RuleResult.allowed();
	}

	@Override
	public String regulation() {
		return "Quy định 366-QĐ/TW; ADR 0014 (các cổng chỉ được vượt qua khi quy định cho phép, có lý do)";
	}
}

package vn.xdd.classification.domain;

import java.util.EnumSet;
import java.util.Set;

import vn.xdd.classification.Stage;
import vn.xdd.shared.rule.Label;
import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/**
 * The steps come in order: self-assessment, comments and vote, appraisal, decision. A step may be
 * taken again until the next one is (a self-assessment corrected before the chapter comments on
 * it); a decided result changes only by a redo.
 */
public final class StepInOrder implements Rule<StageMove> {

	@Override
	public RuleResult check(StageMove move) {
		Set<Stage> from = switch (move.step()) {
			case SELF -> EnumSet.of(Stage.AWAITING, Stage.SELF_ASSESSED);
			case COMMENT -> EnumSet.of(Stage.SELF_ASSESSED, Stage.COMMENTED);
			case APPRAISE -> EnumSet.of(Stage.COMMENTED, Stage.APPRAISED);
			case DECIDE -> EnumSet.of(Stage.APPRAISED);
			case REDO -> EnumSet.of(Stage.DECIDED);
		};
		if (!from.contains(move.stage())) {
			return RuleResult.refused("classification.error.stepOutOfOrder",
					Label.of("classificationStep." + move.step().name()), Label.of(move.stage().messageKey()));
		}
		return RuleResult.allowed();
	}

	@Override
	public String regulation() {
		return "Quy định 366-QĐ/TW; Hướng dẫn 43-HD/BTCTW (quy trình: tự đánh giá, góp ý, thẩm định, quyết định, công bố)";
	}
}

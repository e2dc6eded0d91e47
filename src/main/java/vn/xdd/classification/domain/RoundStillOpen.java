package vn.xdd.classification.domain;

import vn.xdd.shared.rule.Rule;
import vn.xdd.shared.rule.RuleResult;

/** A published round takes no more steps; only a redo reopens one of its results. */
public final class RoundStillOpen implements Rule<StageMove> {

	@Override
	public RuleResult check(StageMove move) {
		boolean redoStep = move.step() == StageMove.Step.REDO
				|| (move.redoing() && (move.step() == StageMove.Step.APPRAISE || move.step() == StageMove.Step.DECIDE));
		return move.roundOpen() || redoStep ? RuleResult.allowed()
				: RuleResult.refused("classification.error.roundPublished");
	}

	@Override
	public String regulation() {
		return "ADR 0014: kết quả đã công bố chỉ thay đổi qua việc hủy và xếp loại lại có lý do";
	}
}

package vn.xdd.classification.domain;

import vn.xdd.shared.rule.RuleList;

/** What every step of a subject passes before its own rules. */
public final class RoundSteps {

	public static final RuleList<StageMove> MOVE = RuleList.of(new RoundStillOpen(), new StepInOrder());

	private RoundSteps() {
	}
}

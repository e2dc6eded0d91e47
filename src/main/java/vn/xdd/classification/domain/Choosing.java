package vn.xdd.classification.domain;

import vn.xdd.shared.rule.RuleList;

/** What an appraisal and a decision of a level must pass. */
public final class Choosing {

	public static final RuleList<LevelChoice> APPRAISAL = RuleList.of(new GatesHoldOrOverruled(), new ChangeNeedsReason());

	public static final RuleList<LevelChoice> DECISION = RuleList.of(new GatesHoldOrOverruled(), new ChangeNeedsReason());

	private Choosing() {
	}
}

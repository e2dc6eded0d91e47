package vn.xdd.discipline.domain;

import vn.xdd.shared.rule.RuleList;

/** The rules a complaint passes when it is filed, and its ruling. */
public final class Complaints {

	public static final RuleList<ComplaintFiling> FILING = RuleList.of(new ComplaintAgainstDecisionInForce(),
			new ComplaintInTime());

	public static final RuleList<RulingFacts> RULING = RuleList.of(new ChangeNamesAnotherForm(), new RuledAfterFiling());

	private Complaints() {
	}
}

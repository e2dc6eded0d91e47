package vn.xdd.discipline.domain;

import vn.xdd.shared.rule.RuleList;

/** The rules a complaint passes when it is filed. */
public final class Complaints {

	public static final RuleList<ComplaintFiling> FILING = RuleList.of(new ComplaintAgainstDecisionInForce(),
			new ComplaintInTime());

	private Complaints() {
	}
}

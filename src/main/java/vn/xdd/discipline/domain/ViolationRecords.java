package vn.xdd.discipline.domain;

import vn.xdd.shared.rule.RuleList;

/** The rules a violation passes when it is added to a case. */
public final class ViolationRecords {

	public static final RuleList<ViolationEntry> RECORD = RuleList.of(new ViolationsBeforeDecision(),
			new CommittedNotInFuture());

	private ViolationRecords() {
	}
}

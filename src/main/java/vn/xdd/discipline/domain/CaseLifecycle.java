package vn.xdd.discipline.domain;

import vn.xdd.discipline.CaseStatus;
import vn.xdd.discipline.ClosingReason;
import vn.xdd.shared.rule.RuleList;

/** The rules every move of a case passes. */
public final class CaseLifecycle {

	public static final RuleList<CaseTransition> MOVE = RuleList.of(new CaseStatusMayMove(), new ClosingNeedsReason(),
			new AnnulmentNeedsReason());

	/** Whether the life cycle lets a case in one status move to the other (the page offers the action then). */
	public static boolean mayMove(CaseStatus from, CaseStatus to) {
		return new CaseStatusMayMove().check(new CaseTransition(from, to, ClosingReason.WAIVED, "-", true)).isAllowed();
	}

	private CaseLifecycle() {
	}
}

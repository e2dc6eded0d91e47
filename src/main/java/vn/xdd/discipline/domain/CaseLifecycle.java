package vn.xdd.discipline.domain;

import vn.xdd.shared.rule.RuleList;

/** The rules every move of a case passes. */
public final class CaseLifecycle {

	public static final RuleList<CaseTransition> MOVE = RuleList.of(new CaseStatusMayMove(), new ClosingNeedsReason(),
			new AnnulmentNeedsReason());

	private CaseLifecycle() {
	}
}

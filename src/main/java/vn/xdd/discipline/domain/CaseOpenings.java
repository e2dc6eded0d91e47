package vn.xdd.discipline.domain;

import vn.xdd.shared.rule.RuleList;

/** The rules a case passes when it is opened. */
public final class CaseOpenings {

	public static final RuleList<CaseOpeningFacts> OPEN = RuleList.of(new OpenedNotInFuture(), new SubjectInChapter(),
			new SubjectWithinOpener());

	private CaseOpenings() {
	}
}

package vn.xdd.classification.domain;

import vn.xdd.classification.Level;
import vn.xdd.shared.rule.RuleList;

/** The rules of opening a round, and the flag of two years running. */
public final class Rounds {

	public static final RuleList<RoundRequest> OPEN = RuleList.of(new YearGoverned());

	/**
	 * A member not completed (or breaching membership standards) two years in a row is considered
	 * for removal from the list (xóa tên).
	 */
	public static boolean twoYearsRunning(Level thisYear, Level lastYear) {
		return thisYear == Level.NOT_COMPLETED && lastYear == Level.NOT_COMPLETED;
	}

	private Rounds() {
	}
}

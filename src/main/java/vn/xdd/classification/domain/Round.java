package vn.xdd.classification.domain;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.xdd.classification.RoundId;
import vn.xdd.shared.OrgUnitId;

/** A stored round: the subtree, the year, the rule set, the deadlines. */
public record Round(RoundId id, OrgUnitId unit, int year, String ruleSet, boolean open, @Nullable LocalDate selfDeadline,
		@Nullable LocalDate appraisalDeadline, @Nullable LocalDate decisionDeadline, LocalDate openedOn,
		@Nullable LocalDate publishedOn, int version) {

	/** The day the year's standing is read on (the roster, posts, admission): the year's last day. */
	public LocalDate yearEnd() {
		return LocalDate.of(year, 12, 31);
	}
}

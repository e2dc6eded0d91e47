package vn.xdd.reporting.application;

import java.util.List;

import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.review.MonthTally;
import vn.xdd.review.TagTally;
import vn.xdd.review.UnitBreakdown;

/**
 * The remediation figures of one unit as the dashboard shows them.
 *
 * @param trail the unit's ancestors within the user's scope, the topmost first, the unit last
 * @param plans the plans issued by the unit or a unit below it that the user may see, latest first
 */
public record Dashboard(UnitBreakdown breakdown, List<OrgUnitSummary> trail, List<TagTally> tags,
		List<MonthTally> trend, List<PlanFigures> plans) {
}

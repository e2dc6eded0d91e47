package vn.xdd.reporting.application;

import vn.xdd.remediation.PlanSummary;
import vn.xdd.review.ShortcomingTally;

/**
 * A remediation plan with the figures of the shortcomings its tasks address (those the user may see).
 */
public record PlanFigures(PlanSummary plan, ShortcomingTally tally) {
}

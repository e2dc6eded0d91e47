package vn.xdd.remediation.domain;

import java.time.LocalDate;

import vn.xdd.remediation.PlanStatus;
import vn.xdd.shared.rule.RuleList;

/**
 * A unit the plan was disseminated to acknowledges it (quán triệt): the use case enforces
 * {@link #ACKNOWLEDGE}, the plan page asks it whether to show a target's acknowledge button.
 */
public final class Acknowledgements {

	/**
	 * An acknowledgement by one unit.
	 *
	 * @param target whether the plan was disseminated to the unit
	 * @param acknowledged whether the unit has acknowledged it already
	 * @param on the day of the acknowledgement
	 * @param today today
	 */
	public record Acknowledgement(PlanStatus status, boolean target, boolean acknowledged, LocalDate on,
			LocalDate today) implements PlanLifecycle.OfPlan {
	}

	public static final RuleList<Acknowledgement> ACKNOWLEDGE = RuleList.of(new AcknowledgeOnlyPlanInForce(),
			new OnlyTargetAcknowledges(), new AcknowledgedNotInFuture(), new AcknowledgedOnce());

	private Acknowledgements() {
	}
}

package vn.xdd.remediation.domain;

import org.jspecify.annotations.Nullable;

import vn.xdd.remediation.PlanStatus;
import vn.xdd.shared.rule.RuleList;

/**
 * What may happen to a plan in each status, as one rule list per step: the use case enforces the
 * list, the plan page and the JSON API ask the same list which actions to offer. A plan is an
 * official document: once a unit has reported progress on it, it is never deleted, only cancelled
 * with a reason.
 */
public final class PlanLifecycle {

	/** What every step's candidate knows: the plan's status. */
	public interface OfPlan {

		PlanStatus status();
	}

	/** A change of the plan's details, groups or tasks. */
	public record Edit(PlanStatus status) implements OfPlan {
	}

	/** A deletion, with the number of progress reports on the plan. */
	public record Deletion(PlanStatus status, long reports) implements OfPlan {
	}

	/** A cancellation, with the reason given (none when a page asks before the form). */
	public record Cancellation(PlanStatus status, @Nullable String reason) implements OfPlan {
	}

	/** A closing, with the summary of results given (none when a page asks before the form). */
	public record Closing(PlanStatus status, @Nullable String summary) implements OfPlan {
	}

	/** A dissemination to the given number of units. */
	public record Dissemination(PlanStatus status, int targets) implements OfPlan {
	}

	/** A progress report on a task of the plan. */
	public record ProgressReport(PlanStatus status, TaskStatus task) implements OfPlan {
	}

	/** Details, groups and tasks change while the plan is a draft or in force. */
	public static final RuleList<Edit> EDIT = RuleList.of(new PlanIsOpen());

	/** Only a draft nobody reported on may be deleted. */
	public static final RuleList<Deletion> DELETE = RuleList.of(new ReportedPlanStays(), new OnlyDraftIsDeleted());

	/** What the plan must be for the cancel form to be offered. */
	public static final RuleList<OfPlan> CANCEL_OFFERED = RuleList.of(new PlanIsOpen());

	public static final RuleList<Cancellation> CANCEL = RuleList.of(new PlanIsOpen(), new CancellingNeedsReason());

	/** What the plan must be for the close form to be offered: in force. */
	public static final RuleList<OfPlan> CLOSE_OFFERED = RuleList.of(new OnlyPlanInForceCloses());

	/** Only a plan in force is closed, with the summary of its results. */
	public static final RuleList<Closing> CLOSE = RuleList.of(new OnlyPlanInForceCloses(), new ClosingNeedsSummary());

	/** A draft is issued by its first dissemination; a plan in force may reach more units. */
	public static final RuleList<Dissemination> DISSEMINATE = RuleList.of(new PlanIsOpen(),
			new DisseminationNeedsTargets());

	/** Progress is reported only on a plan in force, on a task not yet done. */
	public static final RuleList<ProgressReport> REPORT = RuleList.of(new ReportOnlyOnPlanInForce(),
			new DoneTaskTakesNoReport());

	private PlanLifecycle() {
	}

	static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}
}

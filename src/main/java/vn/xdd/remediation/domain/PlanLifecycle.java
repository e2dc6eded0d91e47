package vn.xdd.remediation.domain;

import org.jspecify.annotations.Nullable;

import vn.xdd.remediation.PlanStatus;

/**
 * What may happen to a plan in each status. A plan is an official document: once a unit has
 * reported progress on it, it is never deleted, only cancelled with a reason.
 */
public final class PlanLifecycle {

	private PlanLifecycle() {
	}

	/** Details, groups and tasks change while the plan is a draft or in force. */
	public static Verdict mayEdit(PlanStatus status) {
		return status.open() ? Verdict.allow() : Verdict.refuse("plan.error.notOpen");
	}

	/** Only a draft nobody reported on may be deleted. */
	public static Verdict mayDelete(PlanStatus status, long reports) {
		if (reports > 0) {
			return Verdict.refuse("plan.error.deleteHasReports");
		}
		return status == PlanStatus.DRAFT ? Verdict.allow() : Verdict.refuse("plan.error.deleteNotDraft");
	}

	public static Verdict mayCancel(PlanStatus status, @Nullable String reason) {
		if (!status.open()) {
			return Verdict.refuse("plan.error.notOpen");
		}
		return blank(reason) ? Verdict.refuse("plan.error.cancelReasonRequired") : Verdict.allow();
	}

	/** Only a plan in force is closed, with the summary of its results. */
	public static Verdict mayClose(PlanStatus status, @Nullable String summary) {
		if (status != PlanStatus.ISSUED) {
			return Verdict.refuse("plan.error.closeNotIssued");
		}
		return blank(summary) ? Verdict.refuse("plan.error.summaryRequired") : Verdict.allow();
	}

	/** A draft is issued by its first dissemination; a plan in force may reach more units. */
	public static Verdict mayDisseminate(PlanStatus status, int targets) {
		if (!status.open()) {
			return Verdict.refuse("plan.error.notOpen");
		}
		return targets == 0 ? Verdict.refuse("plan.error.noTargets") : Verdict.allow();
	}

	/** Progress is reported only on a plan in force, on a task not yet done. */
	public static Verdict mayReport(PlanStatus status, TaskStatus task) {
		if (status != PlanStatus.ISSUED) {
			return Verdict.refuse("plan.error.reportNotIssued");
		}
		return task.done() ? Verdict.refuse("plan.error.taskDone") : Verdict.allow();
	}

	private static boolean blank(@Nullable String text) {
		return text == null || text.isBlank();
	}
}

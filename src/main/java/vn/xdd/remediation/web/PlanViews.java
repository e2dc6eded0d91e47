package vn.xdd.remediation.web;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

/** What the plan pages render. */
final class PlanViews {

	private PlanViews() {
	}

	record PlanRowView(long id, String numberSymbol, LocalDate issuedOn, String title, String unitName,
			String statusKey, int tasks, int tasksDone, int tasksOverdue, int targets, int acknowledged) {
	}

	record PlanView(long id, long unitId, String unitName, String numberSymbol, LocalDate issuedOn, String title,
			@Nullable Long campaignId, @Nullable String campaignName, String status, String statusKey,
			@Nullable String resultsSummary, @Nullable String cancelReason, int version) {
	}

	record GroupView(long id, int number, String title, boolean first, boolean last, List<TaskView> tasks) {

		public boolean empty() {
			return tasks.isEmpty();
		}
	}

	record TaskView(long id, String text, String lead, String coordinators, @Nullable LocalDate deadline,
			String recurrenceKey, boolean recurring, String expectedOutput, String status, String statusKey,
			int percent, boolean overdue, List<ItemView> shortcomings, List<ReportView> reports, boolean canReport) {
	}

	/**
	 * A shortcoming a task addresses; {@code status} and {@code statusKey} are empty for one the user
	 * may not see in the register (outside the scope), which is shown by number only and not linked.
	 */
	record ItemView(long id, String text, String holder, String status, String statusKey) {

		public boolean visible() {
			return !statusKey.isEmpty();
		}
	}

	record ReportView(long id, LocalDate reportedOn, String reportedBy, @Nullable String stage,
			@Nullable Integer percent, String narrative, String status, String statusKey, @Nullable String decidedBy,
			@Nullable String returnReason, List<FileView> files, boolean canDecide) {
	}

	record FileView(long id, String name) {
	}

	record TargetView(long unitId, String unitName, boolean acknowledged, @Nullable LocalDate acknowledgedOn,
			@Nullable String acknowledgedBy, boolean canAcknowledge) {
	}

	/** A unit or another choice offered in a select or a list of boxes. */
	record Option(String value, String label) {
	}
}

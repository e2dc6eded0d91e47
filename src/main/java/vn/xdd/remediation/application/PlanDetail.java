package vn.xdd.remediation.application;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.xdd.remediation.PlanStatus;
import vn.xdd.remediation.domain.Recurrence;
import vn.xdd.remediation.domain.ReportStatus;
import vn.xdd.remediation.domain.TaskStatus;
import vn.xdd.shared.OrgUnitId;

/**
 * A plan as its page and the JSON API show it: its details, groups, tasks, targets and progress
 * reports, and which actions the signed-in user is offered, as {@link PlanDetails} judged them
 * with the domain's rule lists.
 *
 * @param reports the progress reports on the plan's tasks, the latest first
 * @param canEdit whether the user may change the plan now (editor at the issuing unit, plan open)
 */
public record PlanDetail(Header plan, List<Group> groups, List<Task> tasks, List<Target> targets,
		List<Report> reports, boolean canEdit, boolean canDelete, boolean canCancel, boolean canClose) {

	/** The plan's own details. */
	public record Header(long id, long unitId, String numberSymbol, LocalDate issuedOn, String title,
			@Nullable Long campaignId, PlanStatus status, @Nullable String resultsSummary,
			@Nullable String cancelReason, int version) {

		public OrgUnitId unit() {
			return new OrgUnitId(unitId);
		}
	}

	/** A group of solutions (nhóm giải pháp), in the plan's order. */
	public record Group(long id, int position, String title) {
	}

	/**
	 * A task of the plan.
	 *
	 * @param coordinators the coordinating units
	 * @param shortcomings the shortcomings it addresses
	 * @param overdue whether its deadline has passed while it is not done
	 * @param canReport whether the user may report progress on it now
	 */
	public record Task(long id, long groupId, String text, @Nullable Long leadUnitId, @Nullable String leadPerson,
			List<Long> coordinators, @Nullable LocalDate deadline, Recurrence recurrence, String expectedOutput,
			TaskStatus status, int progressPercent, List<Long> shortcomings, int version, boolean overdue,
			boolean canReport) {
	}

	/** A unit the plan was disseminated to, and whether the user may acknowledge it for that unit now. */
	public record Target(long unitId, @Nullable LocalDate acknowledgedOn, @Nullable String acknowledgedBy,
			boolean canAcknowledge) {

		public boolean acknowledged() {
			return acknowledgedOn != null;
		}
	}

	/**
	 * A progress report on a task.
	 *
	 * @param files the attachments filed with it
	 * @param canDecide whether the user may verify or return it now
	 */
	public record Report(long id, long taskId, long unitId, @Nullable String stage, @Nullable Integer percent,
			String narrative, LocalDate reportedOn, String reportedBy, ReportStatus status,
			@Nullable String decidedBy, @Nullable String returnReason, List<Long> files, boolean canDecide) {
	}

	/** A template of the groups a new plan starts with. */
	public record Template(String code, String name) {
	}
}

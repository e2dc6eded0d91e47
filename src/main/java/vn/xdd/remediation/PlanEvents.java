package vn.xdd.remediation;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.xdd.notification.Addressee;
import vn.xdd.notification.Notice;
import vn.xdd.notification.NoticeKind;
import vn.xdd.notification.Noticeable;
import vn.xdd.shared.AuditEntry;
import vn.xdd.shared.Auditable;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.Role;

/**
 * What happens to plans, as past-tense events: for the audit trail, and for the notices that tell
 * the side that must act next (a lead unit its task, a target its acknowledgement, the issuing
 * level a report to verify, a lead unit its returned report).
 */
public final class PlanEvents {

	private PlanEvents() {
	}

	/**
	 * A plan, a group, a task or a target was created, changed or removed.
	 *
	 * @param messageKey the message that says what changed (plan.audit.*), rendered in the language
	 *     of whoever reads the trail
	 * @param arguments the message's arguments: the plan's own data (a number symbol, a title, a count)
	 */
	public record PlanChanged(PlanId plan, String action, String messageKey, List<String> arguments)
			implements Auditable {

		public PlanChanged {
			arguments = List.copyOf(arguments);
		}

		/** The change described by the message {@code messageKey} with its arguments (null arguments print empty). */
		public static PlanChanged described(PlanId plan, String action, String messageKey, @Nullable Object... arguments) {
			List<String> texts = new ArrayList<>(arguments.length);
			for (Object argument : arguments) {
				texts.add(argument == null ? "" : argument.toString());
			}
			return new PlanChanged(plan, action, messageKey, texts);
		}

		@Override
		public AuditEntry auditEntry() {
			return AuditEntry.described(action, "REMEDIATION_PLAN", plan.value(), messageKey, arguments.toArray());
		}
	}

	/** A plan moved from one status to another (issued, closed, cancelled). */
	public record PlanStatusChanged(PlanId plan, PlanStatus from, PlanStatus to, String note) implements Auditable {

		@Override
		public AuditEntry auditEntry() {
			return AuditEntry.of("UPDATE", "REMEDIATION_PLAN", plan.value(), from.name(),
					to.name() + (note.isBlank() ? "" : ": " + note));
		}
	}

	/**
	 * A plan was disseminated to more units: each is asked to acknowledge it.
	 *
	 * @param title the plan's title, shortened for a notice
	 * @param targets the units newly reached
	 */
	public record PlanDisseminated(PlanId plan, String numberSymbol, String title, List<OrgUnitId> targets)
			implements Noticeable {

		public PlanDisseminated {
			targets = List.copyOf(targets);
		}

		@Override
		public List<Notice> notices() {
			List<Notice> notices = new ArrayList<>();
			for (OrgUnitId unit : targets) {
				notices.addAll(toRoles(unit, NoticeKind.ACKNOWLEDGEMENT_PENDING,
							"/plans/" + plan.value(), "plan-target:" + plan.value(), "notice.planAwaitsAcknowledgement",
						List.of(numberSymbol, title), Role.SECRETARY, Role.LEADERSHIP));
			}
			return notices;
		}
	}

	/**
	 * A task of a plan in force was given to its lead unit (when the plan was issued, the task added,
	 * or its lead unit changed).
	 *
	 * @param taskText the task's text, shortened for a notice
	 */
	public record TaskAssigned(PlanId plan, String numberSymbol, TaskId task, String taskText, OrgUnitId leadUnit)
			implements Noticeable {

		@Override
		public List<Notice> notices() {
			return toRoles(leadUnit, NoticeKind.ASSIGNED,
					"/plans/" + plan.value() + "#task-" + task.value(), "plan-task:" + task.value(), "notice.taskAssigned",
					List.of(taskText, numberSymbol), Role.SECRETARY, Role.LEADERSHIP);
		}
	}

	/**
	 * A lead unit reported progress on a task: the issuing level is asked to verify.
	 *
	 * @param summary the stage or percentage and the narrative, shortened, for the audit trail
	 * @param issuer the unit that issued the plan
	 * @param taskText the task's text, shortened for a notice
	 */
	public record ProgressReported(PlanId plan, ReportId report, TaskId task, String summary, OrgUnitId issuer,
			String numberSymbol, String taskText) implements Auditable, Noticeable {

		@Override
		public AuditEntry auditEntry() {
			return AuditEntry.of("CREATE", "PROGRESS_REPORT", report.value(), null, summary);
		}

		@Override
		public List<Notice> notices() {
			return toRoles(issuer, NoticeKind.VERIFICATION_PENDING,
					"/plans/" + plan.value() + "#report-" + report.value(), "progress-report:" + report.value(),
					"notice.reportAwaitsVerification", List.of(taskText, numberSymbol), Role.LEADERSHIP,
					Role.ORGANIZATION_BOARD);
		}
	}

	/** The issuing level verified a report. */
	public record ReportDecided(PlanId plan, long report, String decision, String note) implements Auditable {

		@Override
		public AuditEntry auditEntry() {
			return AuditEntry.of("UPDATE", "PROGRESS_REPORT", report, "SUBMITTED",
					decision + (note.isBlank() ? "" : ": " + note));
		}
	}

	/**
	 * The issuing level returned a report with a reason: the unit that reported is told.
	 *
	 * @param unit the unit that reported
	 * @param taskText the task's text, shortened for a notice
	 */
	public record ReportReturned(PlanId plan, ReportId report, TaskId task, String reason, OrgUnitId unit,
			String numberSymbol, String taskText) implements Auditable, Noticeable {

		@Override
		public AuditEntry auditEntry() {
			return AuditEntry.of("UPDATE", "PROGRESS_REPORT", report.value(), "SUBMITTED",
					"RETURNED" + (reason.isBlank() ? "" : ": " + reason));
		}

		@Override
		public List<Notice> notices() {
			return toRoles(unit, NoticeKind.RETURNED,
					"/plans/" + plan.value() + "#task-" + task.value(), "progress-report:" + report.value(),
					"notice.reportReturned", List.of(taskText, numberSymbol, reason), Role.SECRETARY, Role.LEADERSHIP);
		}
	}

	/** The same notice to each of the roles in the unit. */
	private static List<Notice> toRoles(OrgUnitId unit, NoticeKind kind, String link, String key, String messageKey,
			List<String> arguments, Role... roles) {
		List<Notice> notices = new ArrayList<>(roles.length);
		for (Role role : roles) {
			notices.add(new Notice(Addressee.role(role, unit), kind, messageKey, arguments, link, key));
		}
		return notices;
	}
}

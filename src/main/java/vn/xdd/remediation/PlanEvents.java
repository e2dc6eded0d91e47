package vn.xdd.remediation;

import vn.xdd.shared.AuditEntry;
import vn.xdd.shared.Auditable;

/** What happens to plans, for the audit trail. */
public final class PlanEvents {

	private PlanEvents() {
	}

	/** A plan, a group, a task or a target was created, changed or removed. */
	public record PlanChanged(PlanId plan, String action, String what) implements Auditable {

		@Override
		public AuditEntry auditEntry() {
			return AuditEntry.of(action, "REMEDIATION_PLAN", plan.value(), null, what);
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

	/** A lead unit reported progress on a task. */
	public record ProgressReported(PlanId plan, long report, long task, String summary) implements Auditable {

		@Override
		public AuditEntry auditEntry() {
			return AuditEntry.of("CREATE", "PROGRESS_REPORT", report, null, summary);
		}
	}

	/** The issuing level verified or returned a report. */
	public record ReportDecided(PlanId plan, long report, String decision, String note) implements Auditable {

		@Override
		public AuditEntry auditEntry() {
			return AuditEntry.of("UPDATE", "PROGRESS_REPORT", report, "SUBMITTED",
					decision + (note.isBlank() ? "" : ": " + note));
		}
	}
}

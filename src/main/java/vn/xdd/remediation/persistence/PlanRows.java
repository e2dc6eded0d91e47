package vn.xdd.remediation.persistence;

import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.xdd.remediation.PlanStatus;
import vn.xdd.remediation.domain.Recurrence;
import vn.xdd.remediation.domain.ReportStatus;
import vn.xdd.remediation.domain.TaskStatus;
import vn.xdd.shared.OrgUnitId;

/** The rows of the remediation tables, as the module's use cases and pages read them. */
public final class PlanRows {

	private PlanRows() {
	}

	public record PlanRow(long id, long unitId, String numberSymbol, LocalDate issuedOn, String title,
			@Nullable Long campaignId, PlanStatus status, @Nullable String resultsSummary,
			@Nullable String cancelReason, String createdBy, int version) {

		public OrgUnitId unit() {
			return new OrgUnitId(unitId);
		}
	}

	public record GroupRow(long id, long planId, int position, String title, int version) {
	}

	public record TaskRow(long id, long planId, long groupId, int position, String text, @Nullable Long leadUnitId,
			@Nullable String leadPerson, @Nullable LocalDate deadline, Recurrence recurrence, String expectedOutput,
			TaskStatus status, int progressPercent, int version) {
	}

	public record TargetRow(long planId, long unitId, Instant sentAt, @Nullable LocalDate acknowledgedOn,
			@Nullable String acknowledgedBy) {

		public boolean acknowledged() {
			return acknowledgedOn != null;
		}
	}

	public record ReportRow(long id, long taskId, long unitId, @Nullable String stage, @Nullable Integer percent,
			String narrative, LocalDate reportedOn, String reportedBy, ReportStatus status, @Nullable String decidedBy,
			@Nullable Instant decidedAt, @Nullable String returnReason, int version) {

		public boolean complete() {
			return percent != null && percent == 100;
		}
	}

	/** What a new or changed task holds. */
	public record TaskData(String text, @Nullable Long leadUnitId, @Nullable String leadPerson,
			@Nullable LocalDate deadline, Recurrence recurrence, String expectedOutput) {
	}
}

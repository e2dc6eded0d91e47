package vn.xdd.remediation.application;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.xdd.files.AttachmentHolder;
import vn.xdd.files.FileId;
import vn.xdd.remediation.persistence.JdbcPlans;
import vn.xdd.remediation.persistence.PlanRows.ReportRow;
import vn.xdd.shared.rule.RuleResult;

/** The files of a progress report: opened by whom the report is shown to. */
@Component
class ReportFiles implements AttachmentHolder {

	private final JdbcPlans plans;

	private final PlanAccess access;

	ReportFiles(JdbcPlans plans, PlanAccess access) {
		this.plans = plans;
		this.access = access;
	}

	@Override
	public Optional<RuleResult> sightOf(FileId file) {
		List<ReportRow> reports = plans.reportsWithFile(file.value());
		if (reports.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(reports.stream().anyMatch(this::seen) ? RuleResult.allowed()
				: RuleResult.refused("visibility.error.attachment"));
	}

	private boolean seen(ReportRow report) {
		return access.seesReport(report) && plans.findTask(report.taskId())
			.flatMap(t -> plans.findPlan(t.planId()))
			.map(access::canSee)
			.orElse(false);
	}
}

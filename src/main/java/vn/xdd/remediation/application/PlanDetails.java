package vn.xdd.remediation.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.remediation.domain.Acknowledgements;
import vn.xdd.remediation.domain.Acknowledgements.Acknowledgement;
import vn.xdd.remediation.domain.PlanLifecycle;
import vn.xdd.remediation.domain.ReportDecisions;
import vn.xdd.remediation.domain.TaskStatus;
import vn.xdd.remediation.persistence.JdbcPlans;
import vn.xdd.remediation.persistence.PlanRows.PlanRow;
import vn.xdd.remediation.persistence.PlanRows.ReportRow;
import vn.xdd.remediation.persistence.PlanRows.TargetRow;
import vn.xdd.remediation.persistence.PlanRows.TaskRow;
import vn.xdd.shared.NotFoundException;
import vn.xdd.shared.OrgUnitId;

/**
 * A plan as its page and the JSON API read it, with the actions the signed-in user is offered:
 * each offer is the answer of the rule list its use case enforces ({@link PlanLifecycle},
 * {@link Acknowledgements}, {@link ReportDecisions}) together with {@link PlanAccess}.
 */
@Component
public class PlanDetails {

	private final PlanAccess access;

	private final JdbcPlans plans;

	private final Clock clock;

	PlanDetails(PlanAccess access, JdbcPlans plans, Clock clock) {
		this.access = access;
		this.plans = plans;
		this.clock = clock;
	}

	/** The plan's details, if the user may see it; not found otherwise. */
	@Transactional(readOnly = true)
	public PlanDetail.Header visible(long planId) {
		return header(access.visible(planId));
	}

	/** The plan's details, if the user may change it; refused otherwise. */
	@Transactional(readOnly = true)
	public PlanDetail.Header editable(long planId) {
		return header(access.editable(planId));
	}

	/** The whole plan, if the user may see it, with the actions offered to them. */
	@Transactional(readOnly = true)
	public PlanDetail detail(long planId) {
		PlanRow plan = access.visible(planId);
		LocalDate today = LocalDate.now(clock);
		boolean editor = access.canEdit(plan.unit());
		boolean open = PlanLifecycle.EDIT.allows(new PlanLifecycle.Edit(plan.status()));
		List<PlanDetail.Group> groups = groups(planId);
		List<PlanDetail.Task> tasks = plans.tasks(planId).stream().map(t -> task(plan, t, today)).toList();
		List<PlanDetail.Target> targets = plans.targets(planId).stream().map(t -> target(plan, t, today)).toList();
		List<PlanDetail.Report> reports = plans.reportsOfPlan(planId)
			.stream()
			.filter(access::seesReport)
			.map(r -> report(plan, r))
			.toList();
		return new PlanDetail(header(plan), groups, tasks, targets, reports, editor && open,
				editor && PlanLifecycle.DELETE
					.allows(new PlanLifecycle.Deletion(plan.status(), plans.countReports(planId))),
				editor && PlanLifecycle.CANCEL_OFFERED.allows(plan::status),
				editor && PlanLifecycle.CLOSE_OFFERED.allows(plan::status));
	}

	/** The groups of the plan, in its order. */
	@Transactional(readOnly = true)
	public List<PlanDetail.Group> groups(long planId) {
		return plans.groups(planId).stream().map(g -> new PlanDetail.Group(g.id(), g.position(), g.title())).toList();
	}

	/** A task of the given plan; not found when it belongs to another plan. */
	@Transactional(readOnly = true)
	public PlanDetail.Task taskOf(long planId, long taskId) {
		TaskRow task = plans.findTask(taskId)
			.filter(t -> t.planId() == planId)
			.orElseThrow(() -> new NotFoundException("PLAN_TASK", Long.toString(taskId)));
		return task(plans.findPlan(planId).orElseThrow(), task, LocalDate.now(clock));
	}

	/** A task just added or changed by the user. */
	@Transactional(readOnly = true)
	public PlanDetail.Task task(long taskId) {
		TaskRow task = plans.findTask(taskId).orElseThrow();
		return task(plans.findPlan(task.planId()).orElseThrow(), task, LocalDate.now(clock));
	}

	/** A report just filed or decided by the user. */
	@Transactional(readOnly = true)
	public PlanDetail.Report report(long reportId) {
		ReportRow report = plans.findReport(reportId).orElseThrow();
		TaskRow task = plans.findTask(report.taskId()).orElseThrow();
		return report(plans.findPlan(task.planId()).orElseThrow(), report);
	}

	/** The report must belong to a task of the plan in the address (a report of another plan is not found). */
	@Transactional(readOnly = true)
	public void requireReportOf(long planId, long reportId) {
		plans.findReport(reportId)
			.flatMap(r -> plans.findTask(r.taskId()))
			.filter(t -> t.planId() == planId)
			.orElseThrow(() -> new NotFoundException("PROGRESS_REPORT", Long.toString(reportId)));
	}

	/** The templates a new plan's groups may start from. */
	@Transactional(readOnly = true)
	public List<PlanDetail.Template> templates() {
		return plans.templates().stream().map(t -> new PlanDetail.Template(t.code(), t.name())).toList();
	}

	/** Whether a task not done has passed its deadline. */
	static boolean overdue(TaskStatus status, @Nullable LocalDate deadline,
			LocalDate today) {
		return !status.done() && deadline != null && deadline.isBefore(today);
	}

	private static PlanDetail.Header header(PlanRow plan) {
		return new PlanDetail.Header(plan.id(), plan.unitId(), plan.numberSymbol(), plan.issuedOn(), plan.title(),
				plan.campaignId(), plan.status(), plan.resultsSummary(), plan.cancelReason(), plan.version());
	}

	private PlanDetail.Task task(PlanRow plan, TaskRow task, LocalDate today) {
		boolean canReport = PlanLifecycle.REPORT.allows(new PlanLifecycle.ProgressReport(plan.status(), task.status()))
				&& access.canRespondFor(PlanAccess.reportingUnit(task, plan));
		return new PlanDetail.Task(task.id(), task.groupId(), task.text(), task.leadUnitId(), task.leadPerson(),
				plans.coordinators(task.id()), task.deadline(), task.recurrence(), task.expectedOutput(), task.status(),
				task.progressPercent(), plans.shortcomingsOfTask(task.id()), task.version(),
				overdue(task.status(), task.deadline(), today), canReport);
	}

	private PlanDetail.Target target(PlanRow plan, TargetRow target, LocalDate today) {
		boolean canAcknowledge = Acknowledgements.ACKNOWLEDGE
			.allows(new Acknowledgement(plan.status(), true, target.acknowledged(), today, today))
				&& access.canRespondFor(new OrgUnitId(target.unitId()));
		return new PlanDetail.Target(target.unitId(), target.acknowledgedOn(), target.acknowledgedBy(),
				canAcknowledge);
	}

	private PlanDetail.Report report(PlanRow plan, ReportRow report) {
		boolean canDecide = ReportDecisions.VERIFY.allows(access.decision(report, plan));
		return new PlanDetail.Report(report.id(), report.taskId(), report.unitId(), report.stage(), report.percent(),
				report.narrative(), report.reportedOn(), report.reportedBy(), report.status(), report.decidedBy(),
				report.returnReason(), plans.filesOfReport(report.id()), canDecide);
	}
}

package vn.xdd.remediation.application;

import vn.xdd.shared.Actor;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.remediation.PlanEvents.ReportReturned;
import vn.xdd.remediation.PlanId;
import vn.xdd.remediation.ReportId;
import vn.xdd.remediation.TaskId;
import vn.xdd.remediation.domain.ReportDecisions;
import vn.xdd.remediation.domain.ReportStatus;
import vn.xdd.remediation.domain.TaskStatus;
import vn.xdd.remediation.persistence.JdbcPlans;
import vn.xdd.remediation.persistence.PlanRows.PlanRow;
import vn.xdd.remediation.persistence.PlanRows.ReportRow;
import vn.xdd.remediation.persistence.PlanRows.TaskRow;
import vn.xdd.review.ShortcomingId;
import vn.xdd.review.ShortcomingStatus;
import vn.xdd.review.ShortcomingWork;
import vn.xdd.review.Shortcomings;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.OrgUnitId;

/**
 * The issuing level returns a progress report with a reason: the task is RETURNED to the lead
 * unit, which is told, and the shortcomings reported remedied through it are returned too.
 */
@Component
public class ReturnReport {

	private final PlanAccess access;

	private final JdbcPlans plans;

	private final ShortcomingWork register;

	private final Shortcomings shortcomings;

	private final ApplicationEventPublisher events;

	ReturnReport(PlanAccess access, JdbcPlans plans, ShortcomingWork register,
			Shortcomings shortcomings, ApplicationEventPublisher events) {
		this.access = access;
		this.plans = plans;
		this.register = register;
		this.shortcomings = shortcomings;
		this.events = events;
	}

	@Transactional
	public void returnWithReason(long reportId, @Nullable String reason) {
		ReportRow report = access.visibleReport(reportId);
		TaskRow task = plans.findTask(report.taskId()).orElseThrow();
		PlanRow plan = access.visible(task.planId());
		ReportDecisions.RETURN.enforce(access.decision(report, plan).because(reason));
		String why = reason == null ? "" : reason.strip();
		if (!plans.decide(reportId, report.version(), ReportStatus.RETURNED, Actor.currentName(), why)) {
			throw new BusinessRuleException("plan.error.alreadyDecided");
		}
		plans.setTaskProgress(task.id(), TaskStatus.RETURNED, null);
		if (report.complete()) {
			List<ShortcomingId> linked = plans.shortcomingsOfTask(task.id()).stream().map(ShortcomingId::new).toList();
			shortcomings.findAll(linked)
				.stream()
				.filter(s -> s.status() == ShortcomingStatus.REPORTED)
				.forEach(s -> register.returnWithReason(s.id(), why));
		}
		events.publishEvent(new ReportReturned(new PlanId(plan.id()), new ReportId(reportId), new TaskId(task.id()), why,
				new OrgUnitId(report.unitId()), plan.numberSymbol(), TaskAssignment.shorten(task.text())));
	}
}

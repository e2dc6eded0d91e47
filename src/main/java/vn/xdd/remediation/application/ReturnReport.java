package vn.xdd.remediation.application;

import vn.xdd.shared.Actor;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.notification.NoticeKind;
import vn.xdd.remediation.PlanEvents.ReportDecided;
import vn.xdd.remediation.PlanId;
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
import vn.xdd.shared.Role;

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

	private final PlanNotices notices;

	private final ApplicationEventPublisher events;

	ReturnReport(PlanAccess access, JdbcPlans plans, ShortcomingWork register,
			Shortcomings shortcomings, PlanNotices notices, ApplicationEventPublisher events) {
		this.access = access;
		this.plans = plans;
		this.register = register;
		this.shortcomings = shortcomings;
		this.notices = notices;
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
		notices.send(new OrgUnitId(report.unitId()), NoticeKind.RETURNED,
				"Nhiệm vụ '" + TaskAssignment.shorten(task.text()) + "' của Kế hoạch số " + plan.numberSymbol()
						+ " đã bị trả lại: " + why,
				"/plans/" + plan.id() + "#task-" + task.id(), "progress-report:" + reportId, Role.SECRETARY,
				Role.LEADERSHIP);
		events.publishEvent(new ReportDecided(new PlanId(plan.id()), reportId, "RETURNED", why));
	}
}

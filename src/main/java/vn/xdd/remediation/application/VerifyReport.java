package vn.xdd.remediation.application;

import vn.xdd.shared.Actor;

import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.remediation.PlanEvents.ReportDecided;
import vn.xdd.remediation.PlanId;
import vn.xdd.remediation.domain.OnlyIssuingLevelVerifies;
import vn.xdd.remediation.domain.ReportDecisions;
import vn.xdd.remediation.domain.ReportStatus;
import vn.xdd.remediation.persistence.JdbcPlans;
import vn.xdd.remediation.persistence.PlanRows.PlanRow;
import vn.xdd.remediation.persistence.PlanRows.ReportRow;
import vn.xdd.remediation.persistence.PlanRows.TaskRow;
import vn.xdd.review.ShortcomingId;
import vn.xdd.review.ShortcomingStatus;
import vn.xdd.review.ShortcomingWork;
import vn.xdd.review.Shortcomings;
import vn.xdd.shared.BusinessRuleException;

/**
 * The issuing level verifies a progress report ({@link OnlyIssuingLevelVerifies}). A verified
 * report at 100% makes the task DONE and verifies, in the register, the shortcomings it addresses.
 */
@Component
public class VerifyReport {

	private final PlanAccess access;

	private final JdbcPlans plans;

	private final ShortcomingWork register;

	private final Shortcomings shortcomings;

	private final ApplicationEventPublisher events;

	VerifyReport(PlanAccess access, JdbcPlans plans, ShortcomingWork register,
			Shortcomings shortcomings, ApplicationEventPublisher events) {
		this.access = access;
		this.plans = plans;
		this.register = register;
		this.shortcomings = shortcomings;
		this.events = events;
	}

	@Transactional
	public void verify(long reportId, @Nullable String note) {
		ReportRow report = access.visibleReport(reportId);
		TaskRow task = plans.findTask(report.taskId()).orElseThrow();
		PlanRow plan = access.visible(task.planId());
		ReportDecisions.VERIFY.enforce(access.decision(report, plan));
		String text = note == null ? "" : note.strip();
		if (!plans.decide(reportId, report.version(), ReportStatus.VERIFIED, Actor.currentName(), null)) {
			throw new BusinessRuleException("plan.error.alreadyDecided");
		}
		plans.setTaskProgress(task.id(), task.status().afterVerification(report.percent()), null);
		if (report.complete()) {
			String verificationNote = text.isEmpty() ? "Xác nhận qua Kế hoạch số " + plan.numberSymbol() : text;
			List<ShortcomingId> linked = plans.shortcomingsOfTask(task.id()).stream().map(ShortcomingId::new).toList();
			shortcomings.findAll(linked)
				.stream()
				.filter(s -> s.status() == ShortcomingStatus.REPORTED)
				.forEach(s -> register.verify(s.id(), verificationNote));
		}
		events.publishEvent(new ReportDecided(new PlanId(plan.id()), reportId, "VERIFIED", text));
	}
}

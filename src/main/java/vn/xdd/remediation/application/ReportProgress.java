package vn.xdd.remediation.application;

import vn.xdd.shared.Actor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.files.Attachments;
import vn.xdd.files.FileId;
import vn.xdd.files.StoredFile;
import vn.xdd.remediation.PlanEvents.ProgressReported;
import vn.xdd.remediation.PlanId;
import vn.xdd.remediation.ProgressReportCommand;
import vn.xdd.remediation.ProgressReportCommand.Upload;
import vn.xdd.remediation.ProgressReporting;
import vn.xdd.remediation.ReportId;
import vn.xdd.remediation.TaskId;
import vn.xdd.remediation.domain.PlanLifecycle;
import vn.xdd.remediation.persistence.JdbcPlans;
import vn.xdd.remediation.persistence.PlanRows.PlanRow;
import vn.xdd.remediation.persistence.PlanRows.TaskRow;
import vn.xdd.review.ShortcomingId;
import vn.xdd.review.ShortcomingStatus;
import vn.xdd.review.ShortcomingWork;
import vn.xdd.review.Shortcomings;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.PermissionDeniedException;

/**
 * The lead unit reports progress on a task: a stage or a percentage, a narrative, evidence files.
 * A report at 100% says the task is done: the shortcomings it addresses are reported remedied in
 * the register, with the same evidence, and the issuing level is asked to verify.
 */
@Component
public class ReportProgress implements ProgressReporting {

	private final PlanAccess access;

	private final JdbcPlans plans;

	private final Attachments attachments;

	private final ShortcomingWork register;

	private final Shortcomings shortcomings;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	ReportProgress(PlanAccess access, JdbcPlans plans, Attachments attachments, ShortcomingWork register,
			Shortcomings shortcomings, Clock clock,
			ApplicationEventPublisher events) {
		this.access = access;
		this.plans = plans;
		this.attachments = attachments;
		this.register = register;
		this.shortcomings = shortcomings;
		this.clock = clock;
		this.events = events;
	}

	@Transactional
	@Override
	public ReportId report(TaskId taskRef, ProgressReportCommand command) {
		long taskId = taskRef.value();
		TaskRow task = access.visibleTask(taskId);
		PlanRow plan = access.visible(task.planId());
		PlanLifecycle.REPORT.enforce(new PlanLifecycle.ProgressReport(plan.status(), task.status()));
		OrgUnitId unit = PlanAccess.reportingUnit(task, plan);
		if (!access.canRespondFor(unit)) {
			throw new PermissionDeniedException("plan.error.notReporter");
		}
		String stage = Texts.optional(command.stage());
		Integer percent = command.percent();
		if (stage == null && percent == null) {
			throw new BusinessRuleException("plan.error.stageOrPercent");
		}
		if (percent != null && (percent < 0 || percent > 100)) {
			throw new BusinessRuleException("plan.error.percentRange");
		}
		if (stage != null && stage.length() > 200) {
			throw new BusinessRuleException("plan.error.stageTooLong", 200);
		}
		String narrative = Texts.required(command.narrative(), 20000, "plan.error.narrativeRequired");
		LocalDate today = LocalDate.now(clock);
		LocalDate on = command.reportedOn() == null ? today : command.reportedOn();
		if (on.isAfter(today)) {
			throw new BusinessRuleException("plan.error.futureDate");
		}
		String by = Actor.currentName();
		long id = plans.insertReport(taskId, unit.value(), stage, percent, narrative, on, by);
		List<FileId> files = new ArrayList<>();
		for (Upload upload : command.files()) {
			StoredFile stored = attachments.store(unit, upload.fileName(), upload.content());
			plans.linkFile(id, stored.id().value());
			files.add(stored.id());
		}
		plans.setTaskProgress(taskId, task.status().afterReport(percent), percent);
		if (percent != null && percent == 100) {
			reportLinkedRemedied(taskId, narrative, files);
		}
		events.publishEvent(new ProgressReported(new PlanId(plan.id()), new ReportId(id), taskRef,
				(percent == null ? stage : percent + "%") + " — " + TaskAssignment.shorten(narrative), plan.unit(),
				plan.numberSymbol(), TaskAssignment.shorten(task.text())));
		return new ReportId(id);
	}

	private void reportLinkedRemedied(long taskId, String note, List<FileId> files) {
		List<ShortcomingId> linked = plans.shortcomingsOfTask(taskId).stream().map(ShortcomingId::new).toList();
		shortcomings.findAll(linked)
			.stream()
			.filter(s -> s.status().next().contains(ShortcomingStatus.REPORTED))
			.forEach(s -> register.reportRemedied(s.id(), note, files));
	}
}

package vn.xdd.remediation.application;

import java.util.Objects;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.remediation.PlanEvents.PlanChanged;
import vn.xdd.remediation.PlanId;
import vn.xdd.remediation.TaskCommand;
import vn.xdd.remediation.PlanStatus;
import vn.xdd.remediation.domain.PlanLifecycle;
import vn.xdd.remediation.persistence.JdbcPlans;
import vn.xdd.remediation.persistence.PlanRows.PlanRow;
import vn.xdd.remediation.persistence.PlanRows.TaskData;
import vn.xdd.remediation.persistence.PlanRows.TaskRow;
import vn.xdd.review.Shortcomings;
import vn.xdd.shared.VersionConflictException;

/**
 * Changes a task, optimistically: the change applies only to the version the editor saw, so of
 * two people editing one task the second is told and keeps their input, and no update is lost.
 */
@Component
public class UpdateTask {

	private final PlanAccess access;

	private final JdbcPlans plans;

	private final Shortcomings shortcomings;

	private final TaskAssignment assignment;

	private final ApplicationEventPublisher events;

	UpdateTask(PlanAccess access, JdbcPlans plans, Shortcomings shortcomings,
			TaskAssignment assignment, ApplicationEventPublisher events) {
		this.access = access;
		this.plans = plans;
		this.shortcomings = shortcomings;
		this.assignment = assignment;
		this.events = events;
	}

	@Transactional
	public void update(long taskId, int version, TaskCommand command) {
		TaskRow task = access.visibleTask(taskId);
		PlanRow plan = access.editable(task.planId());
		PlanLifecycle.EDIT.enforce(new PlanLifecycle.Edit(plan.status()));
		PlanId planId = new PlanId(plan.id());
		AddGroup.group(plans, planId, command.groupId());
		TaskData data = TaskChecks.check(command, plan, access, shortcomings, plans.shortcomingsOfTask(taskId));
		if (!plans.updateTask(taskId, version, command.groupId(), data)) {
			throw new VersionConflictException("plan.error.staleTask");
		}
		plans.replaceCoordinators(taskId, command.coordinators().stream().distinct().toList());
		plans.replaceShortcomings(taskId, command.shortcomings().stream().distinct().toList());
		if (plan.status() == PlanStatus.ISSUED && !Objects.equals(task.leadUnitId(), data.leadUnitId())) {
			assignment.tell(plan, taskId, data);
		}
		events.publishEvent(PlanChanged.described(planId, "UPDATE", "plan.audit.taskUpdated", data.text()));
	}
}

package vn.xdd.remediation.application;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.remediation.PlanEvents.PlanChanged;
import vn.xdd.remediation.PlanId;
import vn.xdd.remediation.TaskAddition;
import vn.xdd.remediation.TaskCommand;
import vn.xdd.remediation.TaskId;
import vn.xdd.remediation.PlanStatus;
import vn.xdd.remediation.domain.PlanLifecycle;
import vn.xdd.remediation.persistence.JdbcPlans;
import vn.xdd.remediation.persistence.PlanRows.PlanRow;
import vn.xdd.remediation.persistence.PlanRows.TaskData;
import vn.xdd.review.Shortcomings;

/** Adds a task to a solution group; a plan in force tells the lead unit at once. */
@Component
public class AddTask implements TaskAddition {

	private final PlanAccess access;

	private final JdbcPlans plans;

	private final Shortcomings shortcomings;

	private final TaskAssignment assignment;

	private final ApplicationEventPublisher events;

	AddTask(PlanAccess access, JdbcPlans plans, Shortcomings shortcomings, TaskAssignment assignment,
			ApplicationEventPublisher events) {
		this.access = access;
		this.plans = plans;
		this.shortcomings = shortcomings;
		this.assignment = assignment;
		this.events = events;
	}

	@Transactional
	@Override
	public TaskId add(PlanId planId, TaskCommand command) {
		PlanRow plan = access.editable(planId.value());
		PlanLifecycle.EDIT.enforce(new PlanLifecycle.Edit(plan.status()));
		AddGroup.group(plans, planId, command.groupId());
		TaskData data = TaskChecks.check(command, plan, access, shortcomings, List.of());
		long id = plans.insertTask(planId.value(), command.groupId(), data);
		plans.replaceCoordinators(id, command.coordinators().stream().distinct().toList());
		plans.replaceShortcomings(id, command.shortcomings().stream().distinct().toList());
		if (plan.status() == PlanStatus.ISSUED) {
			assignment.tell(plan, id, data);
		}
		events.publishEvent(PlanChanged.described(planId, "UPDATE", "plan.audit.taskAdded", data.text()));
		return new TaskId(id);
	}
}

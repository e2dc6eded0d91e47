package vn.xdd.remediation.application;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.xdd.remediation.PlanEvents.TaskAssigned;
import vn.xdd.remediation.PlanId;
import vn.xdd.remediation.TaskId;
import vn.xdd.remediation.persistence.PlanRows.PlanRow;
import vn.xdd.remediation.persistence.PlanRows.TaskData;
import vn.xdd.shared.OrgUnitId;

/** Tells a lead unit's secretary and standing committee that a task of a plan in force is theirs. */
@Component
class TaskAssignment {

	private final ApplicationEventPublisher events;

	TaskAssignment(ApplicationEventPublisher events) {
		this.events = events;
	}

	void tell(PlanRow plan, long taskId, TaskData task) {
		if (task.leadUnitId() == null) {
			return;
		}
		events.publishEvent(new TaskAssigned(new PlanId(plan.id()), plan.numberSymbol(), new TaskId(taskId),
				shorten(task.text()), new OrgUnitId(task.leadUnitId())));
	}

	static String shorten(String text) {
		return text.length() <= 120 ? text : text.substring(0, 119) + "…";
	}
}

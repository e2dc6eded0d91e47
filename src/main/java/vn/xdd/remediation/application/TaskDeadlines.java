package vn.xdd.remediation.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.notification.Addressee;
import vn.xdd.notification.Deadline;
import vn.xdd.notification.DeadlineSource;
import vn.xdd.remediation.persistence.JdbcPlans;
import vn.xdd.remediation.persistence.PlanRows.TaskRow;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.Role;

/**
 * The deadlines of tasks of plans in force that are not done, for the daily job: each goes to
 * the lead unit's secretary and standing committee (the issuing unit's, when a person leads).
 */
@Component
class TaskDeadlines implements DeadlineSource {

	private final JdbcPlans plans;

	TaskDeadlines(JdbcPlans plans) {
		this.plans = plans;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Deadline> openDeadlinesUntil(LocalDate horizon) {
		List<Deadline> deadlines = new ArrayList<>();
		for (TaskRow task : plans.openTasksDueBy(horizon)) {
			LocalDate due = task.deadline();
			if (due == null) {
				continue;
			}
			long unit = task.leadUnitId() != null ? task.leadUnitId()
					: plans.findPlan(task.planId()).map(p -> p.unitId()).orElseThrow();
			String title = "Nhiệm vụ '" + TaskAssignment.shorten(task.text()) + "'";
			String link = "/plans/" + task.planId() + "#task-" + task.id();
			for (Role role : List.of(Role.SECRETARY, Role.LEADERSHIP)) {
				deadlines.add(new Deadline("plan-task:" + task.id(), title, due,
						Addressee.role(role, new OrgUnitId(unit)), link));
			}
		}
		return deadlines;
	}
}

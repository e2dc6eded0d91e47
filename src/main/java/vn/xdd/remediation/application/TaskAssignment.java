package vn.xdd.remediation.application;

import org.springframework.stereotype.Component;

import vn.xdd.notification.NoticeKind;
import vn.xdd.remediation.persistence.PlanRows.PlanRow;
import vn.xdd.remediation.persistence.PlanRows.TaskData;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.Role;

/** Tells a lead unit's secretary and standing committee that a task of a plan in force is theirs. */
@Component
class TaskAssignment {

	private final PlanNotices notices;

	TaskAssignment(PlanNotices notices) {
		this.notices = notices;
	}

	void tell(PlanRow plan, long taskId, TaskData task) {
		if (task.leadUnitId() == null) {
			return;
		}
		notices.send(new OrgUnitId(task.leadUnitId()), NoticeKind.ASSIGNED,
				"Nhiệm vụ '" + shorten(task.text()) + "' của Kế hoạch số " + plan.numberSymbol()
						+ " được giao cho đơn vị chủ trì",
				"/plans/" + plan.id() + "#task-" + taskId, "plan-task:" + taskId, Role.SECRETARY, Role.LEADERSHIP);
	}

	static String shorten(String text) {
		return text.length() <= 120 ? text : text.substring(0, 119) + "…";
	}
}

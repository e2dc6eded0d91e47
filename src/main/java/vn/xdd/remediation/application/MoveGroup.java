package vn.xdd.remediation.application;

import java.util.List;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.remediation.PlanEvents.PlanChanged;
import vn.xdd.remediation.PlanId;
import vn.xdd.remediation.domain.PlanLifecycle;
import vn.xdd.remediation.persistence.JdbcPlans;
import vn.xdd.remediation.persistence.PlanRows.GroupRow;
import vn.xdd.remediation.persistence.PlanRows.PlanRow;

/** Moves a solution group one place up (or down) in the plan. */
@Component
public class MoveGroup {

	private final PlanAccess access;

	private final JdbcPlans plans;

	private final ApplicationEventPublisher events;

	MoveGroup(PlanAccess access, JdbcPlans plans, ApplicationEventPublisher events) {
		this.access = access;
		this.plans = plans;
		this.events = events;
	}

	@Transactional
	public void move(PlanId planId, long groupId, boolean up) {
		PlanRow plan = access.editable(planId.value());
		PlanLifecycle.EDIT.enforce(new PlanLifecycle.Edit(plan.status()));
		GroupRow group = AddGroup.group(plans, planId, groupId);
		List<GroupRow> groups = plans.groups(planId.value());
		int index = groups.indexOf(group);
		int other = up ? index - 1 : index + 1;
		if (other < 0 || other >= groups.size()) {
			return;
		}
		for (int i = 0; i < groups.size(); i++) {
			int slot = i == index ? other : i == other ? index : i;
			plans.setGroupPosition(groups.get(i).id(), slot + 1);
		}
		events.publishEvent(PlanChanged.described(planId, "UPDATE", "plan.audit.groupMoved", group.title()));
	}
}

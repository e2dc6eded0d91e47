package vn.xdd.remediation.application;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.remediation.PlanEvents.PlanChanged;
import vn.xdd.remediation.PlanId;
import vn.xdd.remediation.domain.PlanLifecycle;
import vn.xdd.remediation.persistence.JdbcPlans;
import vn.xdd.remediation.persistence.PlanRows.GroupRow;
import vn.xdd.remediation.persistence.PlanRows.PlanRow;
import vn.xdd.shared.BusinessRuleException;

/** Removes a solution group that holds no task. */
@Component
public class RemoveGroup {

	private final PlanAccess access;

	private final JdbcPlans plans;

	private final ApplicationEventPublisher events;

	RemoveGroup(PlanAccess access, JdbcPlans plans, ApplicationEventPublisher events) {
		this.access = access;
		this.plans = plans;
		this.events = events;
	}

	@Transactional
	public void remove(PlanId planId, long groupId) {
		PlanRow plan = access.editable(planId.value());
		PlanLifecycle.EDIT.enforce(new PlanLifecycle.Edit(plan.status()));
		GroupRow group = AddGroup.group(plans, planId, groupId);
		if (plans.countTasksInGroup(group.id()) > 0) {
			throw new BusinessRuleException("plan.error.groupNotEmpty");
		}
		plans.deleteGroup(group.id());
		events.publishEvent(PlanChanged.described(planId, "UPDATE", "plan.audit.groupRemoved", group.title()));
	}
}

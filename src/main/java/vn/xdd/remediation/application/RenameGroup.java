package vn.xdd.remediation.application;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.remediation.PlanEvents.PlanChanged;
import vn.xdd.remediation.PlanId;
import vn.xdd.remediation.domain.PlanLifecycle;
import vn.xdd.remediation.persistence.JdbcPlans;
import vn.xdd.remediation.persistence.PlanRows.GroupRow;
import vn.xdd.remediation.persistence.PlanRows.PlanRow;

/** Renames a solution group. */
@Component
public class RenameGroup {

	private final PlanAccess access;

	private final JdbcPlans plans;

	private final ApplicationEventPublisher events;

	RenameGroup(PlanAccess access, JdbcPlans plans, ApplicationEventPublisher events) {
		this.access = access;
		this.plans = plans;
		this.events = events;
	}

	@Transactional
	public void rename(PlanId planId, long groupId, @Nullable String title) {
		PlanRow plan = access.editable(planId.value());
		PlanLifecycle.EDIT.enforce(new PlanLifecycle.Edit(plan.status()));
		GroupRow group = AddGroup.group(plans, planId, groupId);
		String text = Texts.line(title, 500, "plan.error.groupTitleRequired");
		plans.renameGroup(group.id(), text);
		events.publishEvent(PlanChanged.described(planId, "UPDATE", "plan.audit.groupRenamed", text));
	}
}

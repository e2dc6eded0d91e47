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
import vn.xdd.shared.NotFoundException;

/** Adds a solution group (nhóm giải pháp) at the end of a plan. */
@Component
public class AddGroup {

	private final PlanAccess access;

	private final JdbcPlans plans;

	private final ApplicationEventPublisher events;

	AddGroup(PlanAccess access, JdbcPlans plans, ApplicationEventPublisher events) {
		this.access = access;
		this.plans = plans;
		this.events = events;
	}

	@Transactional
	public long add(PlanId planId, @Nullable String title) {
		PlanRow plan = access.editable(planId.value());
		PlanLifecycle.EDIT.enforce(new PlanLifecycle.Edit(plan.status()));
		String text = Texts.line(title, 500, "plan.error.groupTitleRequired");
		long id = plans.insertGroup(planId.value(), text);
		events.publishEvent(PlanChanged.described(planId, "UPDATE", "plan.audit.groupAdded", text));
		return id;
	}

	/** The group of the plan, or "not found". */
	static GroupRow group(JdbcPlans plans, PlanId planId, long groupId) {
		return plans.groups(planId.value())
			.stream()
			.filter(g -> g.id() == groupId)
			.findFirst()
			.orElseThrow(() -> new NotFoundException("PLAN_GROUP", Long.toString(groupId)));
	}
}

package vn.xdd.remediation.application;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.remediation.PlanEvents.PlanChanged;
import vn.xdd.remediation.PlanId;
import vn.xdd.remediation.domain.PlanLifecycle;
import vn.xdd.remediation.persistence.JdbcPlans;
import vn.xdd.remediation.persistence.PlanRows.PlanRow;

/** Deletes a draft nobody reported on; any other plan can only be cancelled. */
@Component
public class DeletePlan {

	private final PlanAccess access;

	private final JdbcPlans plans;

	private final ApplicationEventPublisher events;

	DeletePlan(PlanAccess access, JdbcPlans plans, ApplicationEventPublisher events) {
		this.access = access;
		this.plans = plans;
		this.events = events;
	}

	@Transactional
	public void delete(PlanId id) {
		PlanRow plan = access.editable(id.value());
		PlanLifecycle.DELETE.enforce(new PlanLifecycle.Deletion(plan.status(), plans.countReports(id.value())));
		plans.deletePlan(id.value());
		events.publishEvent(PlanChanged.described(id, "DELETE", "plan.audit.deleted", plan.numberSymbol(), plan.title()));
	}
}

package vn.xdd.remediation.application;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.remediation.PlanEvents.PlanStatusChanged;
import vn.xdd.remediation.PlanId;
import vn.xdd.remediation.PlanStatus;
import vn.xdd.remediation.domain.PlanLifecycle;
import vn.xdd.remediation.persistence.JdbcPlans;
import vn.xdd.remediation.persistence.PlanRows.PlanRow;

/** Cancels a draft or a plan in force, with the reason. */
@Component
public class CancelPlan {

	private final PlanAccess access;

	private final JdbcPlans plans;

	private final ApplicationEventPublisher events;

	CancelPlan(PlanAccess access, JdbcPlans plans, ApplicationEventPublisher events) {
		this.access = access;
		this.plans = plans;
		this.events = events;
	}

	@Transactional
	public void cancel(PlanId id, @Nullable String reason) {
		PlanRow plan = access.editable(id.value());
		PlanLifecycle.CANCEL.enforce(new PlanLifecycle.Cancellation(plan.status(), reason));
		String why = reason == null ? "" : reason.strip();
		plans.cancel(id.value(), why);
		events.publishEvent(new PlanStatusChanged(id, plan.status(), PlanStatus.CANCELLED, why));
	}
}

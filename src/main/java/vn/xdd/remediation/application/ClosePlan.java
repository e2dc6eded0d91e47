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

/** Closes a plan in force with the summary of its results ("Báo cáo kết quả khắc phục…"). */
@Component
public class ClosePlan {

	private final PlanAccess access;

	private final JdbcPlans plans;

	private final ApplicationEventPublisher events;

	ClosePlan(PlanAccess access, JdbcPlans plans, ApplicationEventPublisher events) {
		this.access = access;
		this.plans = plans;
		this.events = events;
	}

	@Transactional
	public void close(PlanId id, @Nullable String summary) {
		PlanRow plan = access.editable(id.value());
		PlanLifecycle.CLOSE.enforce(new PlanLifecycle.Closing(plan.status(), summary));
		String text = summary == null ? "" : summary.strip();
		plans.close(id.value(), text);
		events.publishEvent(new PlanStatusChanged(id, plan.status(), PlanStatus.CLOSED, ""));
	}
}

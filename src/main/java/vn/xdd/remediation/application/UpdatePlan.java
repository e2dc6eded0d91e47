package vn.xdd.remediation.application;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.remediation.PlanEvents.PlanChanged;
import vn.xdd.remediation.PlanId;
import vn.xdd.remediation.domain.PlanLifecycle;
import vn.xdd.remediation.persistence.JdbcPlans;
import vn.xdd.remediation.persistence.PlanRows.PlanRow;
import vn.xdd.review.Campaigns;
import vn.xdd.shared.VersionConflictException;

/** Corrects a plan's number, date, title or campaign, unless someone changed it meanwhile. */
@Component
public class UpdatePlan {

	private final PlanAccess access;

	private final JdbcPlans plans;

	private final Campaigns campaigns;

	private final ApplicationEventPublisher events;

	UpdatePlan(PlanAccess access, JdbcPlans plans, Campaigns campaigns, ApplicationEventPublisher events) {
		this.access = access;
		this.plans = plans;
		this.campaigns = campaigns;
		this.events = events;
	}

	@Transactional
	public void update(PlanId id, int version, @Nullable String numberSymbol, @Nullable LocalDate issuedOn,
			@Nullable String title, @Nullable Long campaignId) {
		PlanRow plan = access.editable(id.value());
		PlanLifecycle.EDIT.enforce(new PlanLifecycle.Edit(plan.status()));
		CreatePlan.PlanFields fields = CreatePlan.PlanFields.check(numberSymbol, issuedOn, title, campaignId, campaigns);
		if (!plans.updatePlan(id.value(), version, fields.numberSymbol(), fields.issuedOn(), fields.title(),
				fields.campaignId())) {
			throw new VersionConflictException("plan.error.stale");
		}
		events.publishEvent(PlanChanged.described(id, "UPDATE", "plan.audit.updated", fields.numberSymbol(), fields.title()));
	}
}

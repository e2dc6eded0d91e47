package vn.xdd.remediation.application;

import vn.xdd.shared.Actor;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.remediation.PlanEvents.PlanChanged;
import vn.xdd.remediation.NewPlan;
import vn.xdd.remediation.PlanCreation;
import vn.xdd.remediation.PlanId;
import vn.xdd.remediation.persistence.JdbcPlans;
import vn.xdd.review.CampaignId;
import vn.xdd.review.Campaigns;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.PermissionDeniedException;

/** Drafts a plan of a unit's committee, with the solution groups of the chosen template. */
@Component
public class CreatePlan implements PlanCreation {

	private final PlanAccess access;

	private final JdbcPlans plans;

	private final Campaigns campaigns;

	private final ApplicationEventPublisher events;

	CreatePlan(PlanAccess access, JdbcPlans plans, Campaigns campaigns, ApplicationEventPublisher events) {
		this.access = access;
		this.plans = plans;
		this.campaigns = campaigns;
		this.events = events;
	}

	@Transactional
	@Override
	public PlanId create(NewPlan command) {
		access.scope().requireReach(command.unit(), "ORG_UNIT", Long.toString(command.unit().value()));
		if (!access.canEdit(command.unit())) {
			throw new PermissionDeniedException("plan.error.notAllowed");
		}
		PlanFields fields = PlanFields.check(command.numberSymbol(), command.issuedOn(), command.title(),
				command.campaignId(), campaigns);
		long id = plans.insertPlan(command.unit().value(), fields.numberSymbol(), fields.issuedOn(), fields.title(),
				fields.campaignId(), Actor.currentName());
		if (command.templateCode() != null && !command.templateCode().isBlank()) {
			for (String title : plans.templateItems(command.templateCode())) {
				plans.insertGroup(id, title);
			}
		}
		events.publishEvent(PlanChanged.described(new PlanId(id), "CREATE", "plan.audit.created", fields.numberSymbol(),
				fields.title()));
		return new PlanId(id);
	}

	/** The checked fields of a plan's heading. */
	record PlanFields(String numberSymbol, LocalDate issuedOn, String title, @Nullable Long campaignId) {

		static PlanFields check(@Nullable String numberSymbol, @Nullable LocalDate issuedOn, @Nullable String title,
				@Nullable Long campaignId, Campaigns campaigns) {
			String symbol = Texts.line(numberSymbol, 60, "plan.error.numberRequired");
			if (issuedOn == null) {
				throw new BusinessRuleException("plan.error.dateRequired");
			}
			String heading = Texts.line(title, 600, "plan.error.titleRequired");
			if (campaignId != null && campaigns.find(new CampaignId(campaignId)).isEmpty()) {
				throw new BusinessRuleException("plan.error.campaignUnknown");
			}
			return new PlanFields(symbol, issuedOn, heading, campaignId);
		}
	}
}

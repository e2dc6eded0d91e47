package vn.xdd.review.campaign.application;

import vn.xdd.shared.Actor;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.review.CampaignId;
import vn.xdd.review.CampaignOpening;
import vn.xdd.review.NewCampaign;
import vn.xdd.review.campaign.application.CampaignEvents.CampaignOpened;
import vn.xdd.review.campaign.persistence.JdbcCampaignStore;
import vn.xdd.review.campaign.persistence.JdbcReviewCatalogue;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.FieldProblem;

/** Opens a review campaign over the subtree of one of the user's units. */
@Service
public class OpenCampaign implements CampaignOpening {

	private final JdbcCampaignStore store;

	private final JdbcReviewCatalogue catalogue;

	private final CampaignAccess access;

	private final AccessScope scope;

	private final ApplicationEventPublisher events;

	OpenCampaign(JdbcCampaignStore store, JdbcReviewCatalogue catalogue, CampaignAccess access,
			AccessScope scope, ApplicationEventPublisher events) {
		this.store = store;
		this.catalogue = catalogue;
		this.access = access;
		this.scope = scope;
		this.events = events;
	}

	@Override
	@Transactional
	public CampaignId open(NewCampaign command) {
		scope.requireReach(command.unit(), "ORG_UNIT", Long.toString(command.unit().value()));
		access.requireRun(command.unit());
		String name = command.name().strip();
		List<FieldProblem> problems = new ArrayList<>();
		if (name.isEmpty()) {
			problems.add(new FieldProblem("campaign.name", "campaign.error.nameRequired"));
		}
		if (command.periodTo().isBefore(command.periodFrom())) {
			problems.add(new FieldProblem("campaign.periodTo", "campaign.error.periodOrder"));
		}
		Set<String> known = catalogue.taxonomies().stream()
			.filter(t -> t.active())
			.map(t -> t.code())
			.collect(Collectors.toSet());
		List<String> taxonomies = command.taxonomyCodes().stream().distinct().toList();
		if (!known.containsAll(taxonomies)) {
			problems.add(new FieldProblem("campaign.taxonomies", "campaign.error.unknownTaxonomy"));
		}
		if (!problems.isEmpty()) {
			throw new BusinessRuleException(problems, "campaign.error.invalid");
		}
		CampaignId id = store.insert(command.unit(), name, command.kind(), command.periodFrom(), command.periodTo(),
				command.collectiveDeadline(), command.individualDeadline(), taxonomies, Actor.currentName());
		events.publishEvent(new CampaignOpened(id, command.unit(), name));
		return id;
	}
}

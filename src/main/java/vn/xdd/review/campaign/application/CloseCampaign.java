package vn.xdd.review.campaign.application;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.review.CampaignId;
import vn.xdd.review.campaign.application.CampaignEvents.CampaignClosed;
import vn.xdd.review.campaign.domain.CampaignRecord;
import vn.xdd.review.campaign.persistence.JdbcCampaignStore;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.VersionConflictException;

/** Closes a campaign: from then on no review is recorded, changed or submitted in it. */
@Service
public class CloseCampaign {

	private final JdbcCampaignStore store;

	private final CampaignAccess access;

	private final ApplicationEventPublisher events;

	public CloseCampaign(JdbcCampaignStore store, CampaignAccess access, ApplicationEventPublisher events) {
		this.store = store;
		this.access = access;
		this.events = events;
	}

	@Transactional
	public void close(CampaignId id, int version) {
		CampaignRecord campaign = access.requireVisible(id);
		access.requireRun(campaign.unit());
		if (!campaign.open()) {
			throw new BusinessRuleException("campaign.error.closed");
		}
		if (!store.close(id, version)) {
			throw new VersionConflictException("common.staleVersion");
		}
		events.publishEvent(new CampaignClosed(id, campaign.unit(), campaign.name()));
	}
}

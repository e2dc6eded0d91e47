package vn.xdd.review.campaign.application;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.xdd.review.CampaignId;
import vn.xdd.review.Campaigns;
import vn.xdd.review.campaign.domain.CampaignRecord;
import vn.xdd.review.campaign.persistence.JdbcCampaignStore;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.NotFoundException;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.Role;

/**
 * Who sees and who runs a campaign: a campaign is seen by those who take part in it
 * ({@link Campaigns#find}); it is opened and closed by the standing office (LEADERSHIP) or the
 * organisation board of the opening unit, or an administrator there.
 */
@Component
public class CampaignAccess {

	private final Campaigns campaigns;

	private final JdbcCampaignStore store;

	private final AccessScope scope;

	public CampaignAccess(Campaigns campaigns, JdbcCampaignStore store, AccessScope scope) {
		this.campaigns = campaigns;
		this.store = store;
		this.scope = scope;
	}

	/** The campaign, if the user takes part in it; 404 otherwise. */
	public CampaignRecord requireVisible(CampaignId id) {
		if (campaigns.find(id).isEmpty()) {
			// A campaign of a unit outside the scope is answered like a missing one, and the attempt audited.
			store.find(id).ifPresent(c -> scope.requireReach(c.unit(), "REVIEW_CAMPAIGN", Long.toString(id.value())));
			throw new NotFoundException("REVIEW_CAMPAIGN", Long.toString(id.value()));
		}
		return store.find(id).orElseThrow();
	}

	public boolean canRun(OrgUnitId unit) {
		return scope.hasRoleAt(Role.LEADERSHIP, unit) || scope.hasRoleAt(Role.ORGANIZATION_BOARD, unit)
				|| scope.hasRoleAt(Role.ADMIN, unit);
	}

	public void requireRun(OrgUnitId unit) {
		if (!canRun(unit)) {
			throw new AccessDeniedException("review campaign");
		}
	}
}

package vn.xdd.review.campaign.application;

import vn.xdd.review.CampaignId;
import vn.xdd.shared.AuditEntry;
import vn.xdd.shared.Auditable;
import vn.xdd.shared.OrgUnitId;

/** What happens to review campaigns, for the audit trail. */
public final class CampaignEvents {

	private CampaignEvents() {
	}

	/** A unit opened a review campaign over its subtree. */
	public record CampaignOpened(CampaignId id, OrgUnitId unit, String name) implements Auditable {

		@Override
		public AuditEntry auditEntry() {
			return AuditEntry.of("CREATE", "REVIEW_CAMPAIGN", id.value(), null, name);
		}
	}

	/** A campaign was closed: no review is recorded or submitted in it any more. */
	public record CampaignClosed(CampaignId id, OrgUnitId unit, String name) implements Auditable {

		@Override
		public AuditEntry auditEntry() {
			return AuditEntry.of("UPDATE", "REVIEW_CAMPAIGN", id.value(), "OPEN", "CLOSED");
		}
	}
}

package vn.xdd.document.report.application;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.document.report.ReportDraft.Texts;
import vn.xdd.document.report.persistence.JdbcReportDrafts;
import vn.xdd.review.CampaignId;
import vn.xdd.review.Campaigns;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.NotFoundException;
import vn.xdd.shared.OrgUnitId;

/** Starts the results report of a unit over a period, optionally answering a campaign. */
@Component
public class CreateReportDraft {

	private final JdbcReportDrafts drafts;

	private final AccessScope scope;

	private final Campaigns campaigns;

	CreateReportDraft(JdbcReportDrafts drafts, AccessScope scope, Campaigns campaigns) {
		this.drafts = drafts;
		this.scope = scope;
		this.campaigns = campaigns;
	}

	@Transactional
	public long create(OrgUnitId unit, LocalDate from, LocalDate to, @Nullable Long campaignId) {
		scope.requireReach(unit, "ORG_UNIT", unit.toString());
		if (to.isBefore(from)) {
			throw new BusinessRuleException("reports.periodReversed");
		}
		if (campaignId != null && campaigns.find(new CampaignId(campaignId)).isEmpty()) {
			throw new NotFoundException("REVIEW_CAMPAIGN", campaignId.toString());
		}
		return drafts.insert(unit, from, to, campaignId, Texts.EMPTY, username());
	}

	static String username() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication == null ? "system" : authentication.getName();
	}
}

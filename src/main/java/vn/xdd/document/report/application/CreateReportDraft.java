package vn.xdd.document.report.application;

import vn.xdd.shared.Actor;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.document.ReportDraft.Texts;
import vn.xdd.document.ReportDraftCreation;
import vn.xdd.document.report.persistence.JdbcReportDrafts;
import vn.xdd.review.CampaignId;
import vn.xdd.review.Campaigns;
import vn.xdd.shared.AccessScope;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.NotFoundException;
import vn.xdd.shared.OrgUnitId;

/** Starts the results report of a unit over a period, optionally answering a campaign. */
@Component
public class CreateReportDraft implements ReportDraftCreation {

	private final JdbcReportDrafts drafts;

	private final AccessScope scope;

	private final Campaigns campaigns;

	private final vn.xdd.document.numbering.application.NumberingAccess access;

	private final org.springframework.context.ApplicationEventPublisher events;

	CreateReportDraft(JdbcReportDrafts drafts, AccessScope scope, Campaigns campaigns,
			vn.xdd.document.numbering.application.NumberingAccess access,
			org.springframework.context.ApplicationEventPublisher events) {
		this.events = events;
		this.access = access;
		this.drafts = drafts;
		this.scope = scope;
		this.campaigns = campaigns;
	}

	@Override
	@Transactional
	public long create(OrgUnitId unit, LocalDate from, LocalDate to, @Nullable Long campaignId) {
		// Those who issue the unit's documents write its reports (office, leadership, organisation board).
		access.requireIssuer(unit);
		if (to.isBefore(from)) {
			throw new BusinessRuleException("reports.periodReversed");
		}
		if (campaignId != null && campaigns.find(new CampaignId(campaignId)).isEmpty()) {
			throw new NotFoundException("REVIEW_CAMPAIGN", campaignId.toString());
		}
		long id = drafts.insert(unit, from, to, campaignId, Texts.EMPTY, Actor.currentName());
		events.publishEvent(new ReportDraftChanged(id, "CREATE", "Báo cáo kết quả khắc phục, đơn vị " + unit.value()
				+ ", từ " + from + " đến " + to));
		return id;
	}

}

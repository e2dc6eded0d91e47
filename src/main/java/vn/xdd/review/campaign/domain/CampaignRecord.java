package vn.xdd.review.campaign.domain;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.xdd.review.CampaignId;
import vn.xdd.review.CampaignKind;
import vn.xdd.shared.OrgUnitId;

/**
 * A campaign, with the taxonomies its shortcomings are tagged from.
 *
 * @param unit the opening unit; its subtree is the campaign's scope
 */
public record CampaignRecord(CampaignId id, OrgUnitId unit, String name, CampaignKind kind, LocalDate periodFrom,
		LocalDate periodTo, @Nullable LocalDate collectiveDeadline, @Nullable LocalDate individualDeadline,
		boolean open, String createdBy, int version, List<String> taxonomyCodes) {
}

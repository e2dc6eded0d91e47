package vn.xdd.review;

import java.time.LocalDate;

import vn.xdd.shared.OrgUnitId;

/**
 * A review campaign as other modules see it.
 *
 * @param unit the unit that opened the campaign; its subtree is the campaign's scope
 */
public record CampaignSummary(CampaignId id, OrgUnitId unit, String name, CampaignKind kind, LocalDate periodFrom,
		LocalDate periodTo, boolean open) {
}

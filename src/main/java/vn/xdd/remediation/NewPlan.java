package vn.xdd.remediation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.xdd.shared.OrgUnitId;

/**
 * A plan to draft, as typed.
 *
 * @param numberSymbol the document's number and symbol as typed, e.g. ‘42a-KH/HU’
 * @param templateCode a solution group template, or null to start without groups
 */
public record NewPlan(OrgUnitId unit, @Nullable String numberSymbol, @Nullable LocalDate issuedOn,
		@Nullable String title, @Nullable Long campaignId, @Nullable String templateCode) {
}

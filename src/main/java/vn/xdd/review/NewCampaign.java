package vn.xdd.review;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;

import vn.xdd.shared.OrgUnitId;

/**
 * A review campaign to open over the subtree of one of the user’s units.
 *
 * @param taxonomyCodes the taxonomies its shortcomings are tagged from
 */
public record NewCampaign(OrgUnitId unit, String name, CampaignKind kind, LocalDate periodFrom, LocalDate periodTo,
		@Nullable LocalDate collectiveDeadline, @Nullable LocalDate individualDeadline, List<String> taxonomyCodes) {
}

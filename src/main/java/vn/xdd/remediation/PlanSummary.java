package vn.xdd.remediation;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.xdd.review.CampaignId;
import vn.xdd.shared.OrgUnitId;

/**
 * A plan as other modules (the dashboard) see it.
 *
 * @param numberSymbol the document's number and symbol, e.g. "42a-KH/HU"
 * @param tasksDone tasks whose completion the issuing level verified
 * @param tasksOverdue tasks past their deadline and not done
 * @param targets units the plan was disseminated to
 * @param acknowledged those of them that acknowledged it
 */
public record PlanSummary(PlanId id, OrgUnitId issuingUnit, String issuingUnitName, String numberSymbol,
		LocalDate issuedOn, String title, @Nullable CampaignId campaign, PlanStatus status, int tasks, int tasksDone,
		int tasksOverdue, int targets, int acknowledged) {
}

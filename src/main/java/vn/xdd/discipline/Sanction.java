package vn.xdd.discipline;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.xdd.organization.MemberId;
import vn.xdd.shared.OrgUnitId;

/**
 * A discipline decision that imposed a form, as the other modules see it: against a member or an
 * organisation, its form, its number, the days it was decided and took effect, and the days it
 * lapsed or was annulled, if it did.
 *
 * @param member the member disciplined, or null for an organisation
 * @param organization the organisation disciplined, or null for a member
 * @param lapsesOn the day it stops being in force by itself, or null (not yet known, or never)
 * @param annulledOn the day a ruling annulled it, or null
 */
public record Sanction(CaseId caseId, @Nullable MemberId member, @Nullable OrgUnitId organization, DisciplineForm form,
		String decisionNumber, LocalDate decidedOn, LocalDate effectiveOn, @Nullable LocalDate lapsesOn,
		@Nullable LocalDate annulledOn) {

	public Sanction {
		Objects.requireNonNull(caseId, "caseId");
		Objects.requireNonNull(form, "form");
		Objects.requireNonNull(decisionNumber, "decisionNumber");
		Objects.requireNonNull(decidedOn, "decidedOn");
		Objects.requireNonNull(effectiveOn, "effectiveOn");
		if ((member == null) == (organization == null)) {
			throw new IllegalArgumentException("a sanction is against a member or an organisation");
		}
	}

	/** Whether it is in force on the day: then it bars transfer, rotation, appointment, promotion, titles and awards. */
	public boolean inForceOn(LocalDate day) {
		return !day.isBefore(effectiveOn) && (lapsesOn == null || day.isBefore(lapsesOn))
				&& (annulledOn == null || day.isBefore(annulledOn));
	}
}

package vn.xdd.discipline.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import vn.xdd.discipline.DisciplineForm;

/**
 * A decision that imposed a form, as the other modules ask about it: in force from its effective
 * day until it lapses or is annulled; barring planning and higher appointment for the term of the
 * bar set in force on its decision day (counted from the effective day, whether or not it lapsed
 * since), unless annulled.
 *
 * @param lapsesOn the day it lapses by itself, or null when it does not (yet)
 * @param annulledOn the day it was annulled, or null
 */
public record DecidedSanction(DisciplineForm form, LocalDate decidedOn, LocalDate effectiveOn,
		@Nullable LocalDate lapsesOn, @Nullable LocalDate annulledOn) {

	public DecidedSanction {
		Objects.requireNonNull(form, "form");
		Objects.requireNonNull(decidedOn, "decidedOn");
		Objects.requireNonNull(effectiveOn, "effectiveOn");
	}

	/** Whether the decision is in force on the day: it bars transfer, rotation, appointment, promotion, titles and awards. */
	public boolean inForceOn(LocalDate day) {
		return !day.isBefore(effectiveOn) && (lapsesOn == null || day.isBefore(lapsesOn))
				&& (annulledOn == null || day.isBefore(annulledOn));
	}

	/** The last day the decision bars planning and higher appointment under the bar set, if it bars them. */
	public Optional<LocalDate> lastBarredDay(PlanningBarSet bars) {
		if (annulledOn != null) {
			return Optional.empty();
		}
		return bars.lastBarredDay(form, effectiveOn);
	}

	/** Whether the decision bars planning and higher appointment on the day. */
	public boolean barsPlanningOn(LocalDate day, PlanningBarSet bars) {
		return !day.isBefore(effectiveOn) && lastBarredDay(bars).map(last -> !day.isAfter(last)).orElse(false);
	}
}

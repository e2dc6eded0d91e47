package vn.xdd.discipline.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import vn.xdd.discipline.DisciplineForm;

/**
 * How long a discipline decision bars the cadre from planning and from appointment to a higher
 * post, under the regulation in force on the decision day (../shared/domain/discipline.md: QĐ 105
 * of 2017, QĐ 80 of 2022, QĐ 377 of 2025), as data.
 *
 * @param bars the bar of each form counted from the decision's effective day; a form absent here
 *     bars nothing under this set
 * @param confirmed false for figures taken from secondary sources ([unconfirmed]), editable
 */
public record PlanningBarSet(String code, String citation, LocalDate inForceFrom, @Nullable LocalDate inForceUntil,
		Map<DisciplineForm, Term> bars, boolean confirmed) {

	public PlanningBarSet {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(citation, "citation");
		Objects.requireNonNull(inForceFrom, "inForceFrom");
		bars = Map.copyOf(bars);
	}

	public boolean inForceOn(LocalDate day) {
		return !day.isBefore(inForceFrom) && (inForceUntil == null || !day.isAfter(inForceUntil));
	}

	/** The last day of the bar of a decision of this form effective on the given day, if this set bars it. */
	public Optional<LocalDate> lastBarredDay(DisciplineForm form, LocalDate effectiveOn) {
		Term term = bars.get(form);
		return term == null ? Optional.empty() : Optional.of(term.lastDayFrom(effectiveOn).minusDays(1));
	}
}

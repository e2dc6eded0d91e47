package vn.xdd.discipline.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import vn.xdd.discipline.DisciplineForm;

/**
 * When a decision lapses by itself (../shared/domain/discipline.md): the lapse term of its rule set
 * (12 months) after it was announced, or after the ruling on a complaint; never while a complaint is
 * pending, never after a repeat or a new violation committed within the term, never for expulsion
 * or dissolution.
 *
 * @param ruledOn the day of the complaint ruling that upheld or changed the decision, or null
 * @param laterViolationOn the first violation of the subject committed after the announcement, or null
 */
public record Lapse(DisciplineForm form, LocalDate announcedOn, @Nullable LocalDate ruledOn, boolean complaintPending,
		@Nullable LocalDate laterViolationOn, Term lapseAfter) {

	public Lapse {
		Objects.requireNonNull(form, "form");
		Objects.requireNonNull(announcedOn, "announcedOn");
		Objects.requireNonNull(lapseAfter, "lapseAfter");
	}

	/** The day the decision stops being in force, or empty when it does not lapse by itself. */
	public Optional<LocalDate> lapsesOn() {
		if (form.endsMembership() || complaintPending) {
			return Optional.empty();
		}
		LocalDate from = ruledOn != null && ruledOn.isAfter(announcedOn) ? ruledOn : announcedOn;
		LocalDate end = lapseAfter.lastDayFrom(from);
		if (laterViolationOn != null && !laterViolationOn.isBefore(from) && laterViolationOn.isBefore(end)) {
			return Optional.empty();
		}
		return Optional.of(end);
	}

	/** Whether the decision has lapsed on the given day (it lapses on the day the term ends). */
	public boolean lapsedOn(LocalDate day) {
		return lapsesOn().map(end -> !day.isBefore(end)).orElse(false);
	}
}

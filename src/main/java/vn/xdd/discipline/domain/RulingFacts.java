package vn.xdd.discipline.domain;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.xdd.discipline.ComplaintOutcome;
import vn.xdd.discipline.DisciplineForm;

/**
 * The ruling asked for on a pending complaint.
 *
 * @param changedTo the new form when the ruling changes the decision, else null
 */
public record RulingFacts(ComplaintOutcome outcome, DisciplineForm decidedForm, @Nullable DisciplineForm changedTo,
		LocalDate filedOn, LocalDate ruledOn, LocalDate today) {

	public RulingFacts {
		Objects.requireNonNull(outcome, "outcome");
		Objects.requireNonNull(decidedForm, "decidedForm");
		Objects.requireNonNull(filedOn, "filedOn");
		Objects.requireNonNull(ruledOn, "ruledOn");
		Objects.requireNonNull(today, "today");
	}
}

package vn.xdd.discipline.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The days of a decision: the case was opened, the body concluded that discipline is required,
 * voted and signed the decision, and announced it to the subject.
 */
public record DecisionDays(LocalDate openedOn, LocalDate concludedOn, LocalDate decidedOn, LocalDate announcedOn,
		LocalDate today) {

	public DecisionDays {
		Objects.requireNonNull(openedOn, "openedOn");
		Objects.requireNonNull(concludedOn, "concludedOn");
		Objects.requireNonNull(decidedOn, "decidedOn");
		Objects.requireNonNull(announcedOn, "announcedOn");
		Objects.requireNonNull(today, "today");
	}
}

package vn.xdd.discipline.domain;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * The days of a decision: the case was opened, the form proposed, the body concluded that
 * discipline is required, voted and signed the decision, and announced it to the subject.
 *
 * @param proposedOn the day the form was proposed, or null for a case decided without a proposal recorded
 */
public record DecisionDays(LocalDate openedOn, @Nullable LocalDate proposedOn, LocalDate concludedOn,
		LocalDate decidedOn, LocalDate announcedOn, LocalDate today) {

	public DecisionDays {
		Objects.requireNonNull(openedOn, "openedOn");
		Objects.requireNonNull(concludedOn, "concludedOn");
		Objects.requireNonNull(decidedOn, "decidedOn");
		Objects.requireNonNull(announcedOn, "announcedOn");
		Objects.requireNonNull(today, "today");
	}
}

package vn.xdd.discipline.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A violation asked to be added to a case.
 *
 * @param caseDecided whether the case already carries a decision (or was closed)
 */
public record ViolationEntry(LocalDate committedOn, LocalDate today, boolean caseDecided) {

	public ViolationEntry {
		Objects.requireNonNull(committedOn, "committedOn");
		Objects.requireNonNull(today, "today");
	}
}

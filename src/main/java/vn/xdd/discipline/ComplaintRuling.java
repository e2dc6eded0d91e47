package vn.xdd.discipline;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/** The ruling on a pending complaint upholds the decision, changes its form, or annuls it. */
public interface ComplaintRuling {

	void rule(CaseId id, Command command);

	/** @param changedTo the new form, only when the ruling changes the decision */
	record Command(ComplaintOutcome outcome, LocalDate ruledOn, String note, @Nullable DisciplineForm changedTo) {

		public Command {
			Objects.requireNonNull(outcome, "outcome");
			Objects.requireNonNull(ruledOn, "ruledOn");
			Objects.requireNonNull(note, "note");
		}
	}
}

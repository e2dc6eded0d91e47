package vn.xdd.discipline.domain;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.xdd.discipline.ComplaintOutcome;
import vn.xdd.discipline.DisciplineForm;

/**
 * A complaint against a case's decision: received and filed days, to whom, what it says, the form
 * it was against and, once ruled on, the outcome.
 */
public record ComplaintRecord(long id, long caseId, LocalDate receivedOn, LocalDate filedOn, String addressedTo,
		String content, DisciplineForm decidedForm, @Nullable ComplaintOutcome outcome, @Nullable LocalDate ruledOn,
		@Nullable DisciplineForm changedTo, String rulingNote) {

	public ComplaintRecord {
		Objects.requireNonNull(receivedOn, "receivedOn");
		Objects.requireNonNull(filedOn, "filedOn");
		Objects.requireNonNull(addressedTo, "addressedTo");
		Objects.requireNonNull(content, "content");
		Objects.requireNonNull(decidedForm, "decidedForm");
		Objects.requireNonNull(rulingNote, "rulingNote");
	}

	public boolean pending() {
		return outcome == null;
	}
}

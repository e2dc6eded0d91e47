package vn.xdd.discipline.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.xdd.discipline.CaseStatus;
import vn.xdd.discipline.DisciplineForm;

/** One step of a case's history: what was done, the status it led to, its day, and who recorded it. */
public record CaseStep(String action, CaseStatus status, LocalDate day, @Nullable DisciplineForm form, String note,
		@Nullable String recordedBy, Instant recordedAt) {

	public CaseStep {
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(day, "day");
		Objects.requireNonNull(note, "note");
		Objects.requireNonNull(recordedAt, "recordedAt");
	}
}

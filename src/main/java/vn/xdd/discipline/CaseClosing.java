package vn.xdd.discipline;

import java.time.LocalDate;
import java.util.Objects;

/** A case is closed without discipline, with its reason: limitation expired, no violation, or waived. */
public interface CaseClosing {

	void close(CaseId id, Command command);

	record Command(ClosingReason reason, LocalDate closedOn, String note) {

		public Command {
			Objects.requireNonNull(reason, "reason");
			Objects.requireNonNull(closedOn, "closedOn");
			Objects.requireNonNull(note, "note");
		}
	}
}

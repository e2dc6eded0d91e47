package vn.xdd.discipline;

import java.time.LocalDate;
import java.util.Objects;

/** The inspection committee proposes a form for the case: the case goes under review by the competent body. */
public interface FormProposal {

	void propose(CaseId id, Command command);

	record Command(DisciplineForm form, LocalDate proposedOn, String note) {

		public Command {
			Objects.requireNonNull(form, "form");
			Objects.requireNonNull(proposedOn, "proposedOn");
			Objects.requireNonNull(note, "note");
		}
	}
}

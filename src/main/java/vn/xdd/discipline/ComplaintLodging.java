package vn.xdd.discipline;

import java.time.LocalDate;
import java.util.Objects;

/** The disciplined member or organisation complains against the decision, within the period; the decision stands meanwhile. */
public interface ComplaintLodging {

	void file(CaseId id, Command command);

	/**
	 * @param receivedOn the day the subject received the decision (the period counts from it)
	 * @param addressedTo the committee or inspection committee the complaint is addressed to
	 */
	record Command(LocalDate receivedOn, LocalDate filedOn, String addressedTo, String content) {

		public Command {
			Objects.requireNonNull(receivedOn, "receivedOn");
			Objects.requireNonNull(filedOn, "filedOn");
			Objects.requireNonNull(addressedTo, "addressedTo");
			Objects.requireNonNull(content, "content");
		}
	}
}

package vn.xdd.discipline.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A case asked to be opened, with what the use case found about its subject.
 *
 * @param memberSubject whether the case is against a member (else against an organisation)
 * @param subjectInChapter for a member, whether he belonged to a chapter as a member on the opening day
 * @param subjectWithinOpener whether the subject's organisation lies in the opening committee's subtree
 */
public record CaseOpeningFacts(LocalDate openedOn, LocalDate today, boolean memberSubject, boolean subjectInChapter,
		boolean subjectWithinOpener) {

	public CaseOpeningFacts {
		Objects.requireNonNull(openedOn, "openedOn");
		Objects.requireNonNull(today, "today");
	}
}

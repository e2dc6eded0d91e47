package vn.xdd.discipline.domain;

import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.xdd.discipline.CaseStatus;
import vn.xdd.discipline.ClosingReason;

/**
 * A case asked to move from one status to another, with the reason a closing or an annulment
 * needs, and, for a closing for limitation, whether every violation's period has run out.
 */
public record CaseTransition(CaseStatus from, CaseStatus to, @Nullable ClosingReason closingReason, String note,
		boolean limitationExpired) {

	public CaseTransition {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(to, "to");
		Objects.requireNonNull(note, "note");
	}
}

package vn.xdd.document.numbering.domain;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/**
 * A term (nhiệm kỳ) of a unit's party committee, from the day after a congress to the closing day
 * of the next; document numbers restart at 01 in each term.
 *
 * @param endsOn the last day, or null while the term runs
 */
public record CommitteeTerm(long id, String name, LocalDate startsOn, @Nullable LocalDate endsOn) {

	public boolean contains(LocalDate day) {
		return !day.isBefore(startsOn) && (endsOn == null || !day.isAfter(endsOn));
	}

	public boolean overlaps(LocalDate start, @Nullable LocalDate end) {
		boolean startsBeforeMyEnd = endsOn == null || !start.isAfter(endsOn);
		boolean endsAfterMyStart = end == null || !end.isBefore(startsOn);
		return startsBeforeMyEnd && endsAfterMyStart;
	}
}

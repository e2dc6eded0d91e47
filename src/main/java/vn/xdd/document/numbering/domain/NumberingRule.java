package vn.xdd.document.numbering.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.VietnameseText;

/**
 * How documents are numbered (Hướng dẫn 36-HD/VPTW; documents.md): a series per issuing body,
 * document type and committee term, from 01; the term is the one containing the issue date.
 * A document inserted into the series takes the number it follows with a letter: 42a after 42,
 * then 42b; a letter never precedes the number it follows and letters are not skipped.
 */
public final class NumberingRule {

	private NumberingRule() {
	}

	/** The term containing the issue date; refuses when none was declared for the unit. */
	public static CommitteeTerm termFor(Collection<CommitteeTerm> terms, LocalDate issuedOn, String unitName) {
		return terms.stream()
			.filter(t -> t.contains(issuedOn))
			.findFirst()
			.orElseThrow(() -> new BusinessRuleException("document.error.noTerm", unitName,
					VietnameseText.date(issuedOn)));
	}

	/** Whether a new term may be declared beside the unit's terms without overlapping one of them. */
	public static void requireNoOverlap(Collection<CommitteeTerm> terms, LocalDate start, @org.jspecify.annotations.Nullable LocalDate end) {
		if (end != null && end.isBefore(start)) {
			throw new BusinessRuleException("document.error.termDates");
		}
		terms.stream()
			.filter(t -> t.overlaps(start, end))
			.findFirst()
			.ifPresent(t -> {
				throw new BusinessRuleException("document.error.termOverlap", t.name());
			});
	}

	/**
	 * The suffixed number a document inserted into the series takes.
	 *
	 * @param requested 42 to take the next letter after 42, or 42b to ask for that letter exactly
	 * @param issued the numbers already issued in the same series (unit, type, term)
	 */
	public static DocumentNumber inserted(DocumentNumber requested, Collection<DocumentNumber> issued) {
		DocumentNumber base = requested.base();
		if (!issued.contains(base)) {
			throw new BusinessRuleException("document.error.suffixWithoutBase", base.printed());
		}
		List<Character> taken = issued.stream()
			.filter(n -> n.number() == base.number() && n.suffixed())
			.map(DocumentNumber::suffix)
			.sorted()
			.toList();
		char next = taken.isEmpty() ? 'a' : (char) (taken.get(taken.size() - 1) + 1);
		if (next > 'z') {
			throw new BusinessRuleException("document.error.suffixExhausted", base.printed());
		}
		if (!requested.suffixed() || Objects.requireNonNull(requested.suffix()) == next) {
			return new DocumentNumber(base.number(), next);
		}
		if (taken.contains(requested.suffix())) {
			throw new BusinessRuleException("document.error.numberTaken", requested.printed());
		}
		throw new BusinessRuleException("document.error.suffixOutOfOrder", requested.printed(),
				new DocumentNumber(base.number(), next).printed());
	}
}

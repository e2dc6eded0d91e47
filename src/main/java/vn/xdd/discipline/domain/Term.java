package vn.xdd.discipline.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A length of time as a rule set states it: in years (the rule sets before 2022) or in months
 * (QĐ 69-QĐ/TW and after). A term counted from a day ends on the corresponding day of the last
 * year or month, and that day still belongs to the term (the civil-law way of counting periods;
 * product decision recorded in ADR 0012).
 */
public record Term(int amount, Unit unit) {

	public enum Unit {
		YEARS, MONTHS
	}

	public Term {
		Objects.requireNonNull(unit, "unit");
		if (amount <= 0) {
			throw new IllegalArgumentException("a term is at least one " + unit);
		}
	}

	public static Term years(int amount) {
		return new Term(amount, Unit.YEARS);
	}

	public static Term months(int amount) {
		return new Term(amount, Unit.MONTHS);
	}

	/** The last day of the term counted from the given day (e.g. 5 years from 01/03/2017: 01/03/2022). */
	public LocalDate lastDayFrom(LocalDate start) {
		return unit == Unit.YEARS ? start.plusYears(amount) : start.plusMonths(amount);
	}

	/** The message that names the term (e.g. ‘5 năm’, ‘60 tháng’), with {@link #amount()} as its argument. */
	public String messageKey() {
		return unit == Unit.YEARS ? "discipline.term.years" : "discipline.term.months";
	}
}

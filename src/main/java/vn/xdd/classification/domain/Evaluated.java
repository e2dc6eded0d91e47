package vn.xdd.classification.domain;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.xdd.classification.NotEvaluated;

/**
 * Who is not evaluated in a year: members exempted from work and activities, suspended members and,
 * where the rule set says so (from 2023), members admitted less than six months before the year's
 * end — six months exactly is evaluated.
 */
public final class Evaluated {

	/** Why the member is not evaluated, or null when he is. */
	public static @Nullable NotEvaluated reason(RuleSet rules, String statusCode, @Nullable LocalDate admittedOn,
			LocalDate yearEnd) {
		if ("EXEMPTED".equals(statusCode)) {
			return NotEvaluated.EXEMPTED;
		}
		if ("SUSPENDED".equals(statusCode)) {
			return NotEvaluated.SUSPENDED;
		}
		Integer months = rules.minMonthsAdmitted();
		if (months != null && admittedOn != null && admittedOn.plusMonths(months).isAfter(yearEnd)) {
			return NotEvaluated.ADMITTED_RECENTLY;
		}
		return null;
	}

	private Evaluated() {
	}
}

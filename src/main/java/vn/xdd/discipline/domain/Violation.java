package vn.xdd.discipline.domain;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.xdd.discipline.ViolationCategory;

/**
 * One violation of a case: what was done, when (a day, or a period whose last day counts), its
 * category, the rule it breached, and whether it concerns a task assigned by a higher level (which
 * a chapter may not discipline).
 *
 * @param committedFrom the first day of a violation that lasted, or null for one day
 * @param committedOn the day of the violation, or the last day of one that lasted: the limitation
 *     period counts from it
 */
public record Violation(String description, @Nullable LocalDate committedFrom, LocalDate committedOn,
		ViolationCategory category, String ruleBreached, boolean higherLevelTask) {

	public Violation {
		Objects.requireNonNull(description, "description");
		Objects.requireNonNull(committedOn, "committedOn");
		Objects.requireNonNull(category, "category");
		Objects.requireNonNull(ruleBreached, "ruleBreached");
		if (committedFrom != null && committedFrom.isAfter(committedOn)) {
			throw new IllegalArgumentException("a violation's period starts before it ends");
		}
	}

	public static Violation on(LocalDate day, String description, ViolationCategory category) {
		return new Violation(description, null, day, category, "", false);
	}
}

package vn.xdd.discipline;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/** A violation is recorded in an open case: what was done, when, its category and the rule it broke. */
public interface ViolationRecording {

	void record(CaseId id, Command command);

	/**
	 * @param committedFrom the first day of a violation that lasted, or null
	 * @param committedOn the day, or the last day, of the violation
	 * @param higherLevelTask whether it concerns a task assigned by a higher level
	 */
	record Command(String description, @Nullable LocalDate committedFrom, LocalDate committedOn,
			ViolationCategory category, String ruleBreached, boolean higherLevelTask) {

		public Command {
			Objects.requireNonNull(description, "description");
			Objects.requireNonNull(committedOn, "committedOn");
			Objects.requireNonNull(category, "category");
			Objects.requireNonNull(ruleBreached, "ruleBreached");
		}
	}
}

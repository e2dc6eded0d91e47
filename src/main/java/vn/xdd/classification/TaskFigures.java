package vn.xdd.classification;

import org.jspecify.annotations.Nullable;

/**
 * The tasks (targets) of a subject in the year, as its self-assessment states them: how many, done,
 * on time, exceeding requirements, behind schedule. Unknown figures are null.
 */
public record TaskFigures(@Nullable Integer total, @Nullable Integer done, @Nullable Integer onTime,
		@Nullable Integer exceeded, @Nullable Integer behind) {

	public static final TaskFigures UNKNOWN = new TaskFigures(null, null, null, null, null);

	public boolean known() {
		return total != null;
	}
}

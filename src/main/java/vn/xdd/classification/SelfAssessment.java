package vn.xdd.classification;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The self-assessment of a subject, entered by its chapter's secretary (a member) or by the
 * organisation itself: the proposed level and, under the rule set's scale, the points or the grade
 * of each criterion of its frame; the tasks of the year; a civil servant's state rating when known.
 */
public interface SelfAssessment {

	void assess(SubjectId subject, Entry entry, int version);

	/**
	 * @param points the points of each criterion (by code), under a point scale
	 * @param grades the grade of each criterion (by code), under QĐ 124
	 * @param stateLevel the state evaluation of the same person (civil servants), when known
	 */
	record Entry(Level level, Map<String, Integer> points, Map<String, Grade> grades, TaskFigures tasks,
			@Nullable Level stateLevel, String note) {

		public Entry {
			points = Map.copyOf(points);
			grades = Map.copyOf(grades);
		}
	}
}

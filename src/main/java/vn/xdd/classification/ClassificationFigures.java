package vn.xdd.classification;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import vn.xdd.shared.OrgUnitId;

/**
 * The classification figures of a subtree and year, for the reports of other modules: counts only,
 * no names. Empty when no result of that year is published there.
 */
public interface ClassificationFigures {

	Optional<Counts> countsOf(OrgUnitId unit, int year);

	/**
	 * @param organizations published results of organisations below the unit, by level
	 * @param members published results of members of its chapters, by level
	 * @param notEvaluated members not evaluated in the year's round
	 */
	record Counts(int year, Wording wording, Map<Level, Long> organizations, Map<Level, Long> members,
			long notEvaluated) {

		public Counts {
			Objects.requireNonNull(wording, "wording");
			organizations = Map.copyOf(organizations);
			members = Map.copyOf(members);
		}

		public long organizationTotal() {
			return organizations.values().stream().mapToLong(Long::longValue).sum();
		}

		public long memberTotal() {
			return members.values().stream().mapToLong(Long::longValue).sum();
		}
	}
}

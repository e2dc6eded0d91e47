package vn.xdd.discipline;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * How many organisations and members a subtree disciplined in a period (decisions not annulled), by
 * form: the figures a results report cites.
 */
public record DisciplineCounts(LocalDate from, LocalDate until, Map<DisciplineForm, Long> organizations,
		Map<DisciplineForm, Long> members) {

	public DisciplineCounts {
		Objects.requireNonNull(from, "from");
		Objects.requireNonNull(until, "until");
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

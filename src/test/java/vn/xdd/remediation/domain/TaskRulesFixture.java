package vn.xdd.remediation.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** A task that passes every task rule, and variations of it that break one. */
final class TaskRulesFixture {

	static final LocalDate DEADLINE = LocalDate.of(2026, 6, 30);

	private TaskRulesFixture() {
	}

	static Tasks.Task task() {
		return new Tasks.Task("Nâng cao chất lượng sinh hoạt chi bộ", true, null, 0, DEADLINE, Recurrence.NONE, List.of(),
				Set.of());
	}

	static Tasks.Task withText(@Nullable String text) {
		return new Tasks.Task(text, true, null, 0, DEADLINE, Recurrence.NONE, List.of(), Set.of());
	}
}

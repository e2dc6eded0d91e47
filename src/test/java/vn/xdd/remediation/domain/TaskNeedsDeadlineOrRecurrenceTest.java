package vn.xdd.remediation.domain;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.xdd.shared.rule.RuleResult;

import static org.assertj.core.api.Assertions.assertThat;

class TaskNeedsDeadlineOrRecurrenceTest {

	final TaskNeedsDeadlineOrRecurrence rule = new TaskNeedsDeadlineOrRecurrence();

	@Test
	void aDeadlineOrARecurrenceIsEnough() {
		assertThat(rule.check(TaskRulesFixture.task()).isAllowed()).isTrue();
		assertThat(rule.check(new Tasks.Task("Việc", true, null, 0, null, Recurrence.MONTHLY,
				List.of(), Set.of())).isAllowed()).isTrue();
	}

	@Test
	void neitherIsRefused() {
		assertThat(rule.check(new Tasks.Task("Việc", true, null, 0, null, Recurrence.NONE, List.of(), Set.of())))
			.isEqualTo(RuleResult.refused("plan.error.deadlineOrRecurrence"));
	}

	@Test
	void citesWhereItComesFrom() {
		assertThat(rule.regulation()).isNotBlank();
	}
}

package vn.xdd.remediation.domain;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.xdd.shared.rule.RuleResult;

import static org.assertj.core.api.Assertions.assertThat;

class TaskAddressesKnownShortcomingsTest {

	final TaskAddressesKnownShortcomings rule = new TaskAddressesKnownShortcomings();

	static Tasks.Task addressing(List<Long> shortcomings, Set<Long> linkable) {
		return new Tasks.Task("Việc", true, null, 0, TaskRulesFixture.DEADLINE, Recurrence.NONE, shortcomings, linkable);
	}

	@Test
	void linkableShortcomingsOrNoneAreAllowed() {
		assertThat(rule.check(addressing(List.of(), Set.of())).isAllowed()).isTrue();
		assertThat(rule.check(addressing(List.of(4L, 9L), Set.of(4L, 9L, 11L))).isAllowed()).isTrue();
	}

	@Test
	void anUnknownShortcomingIsRefused() {
		assertThat(rule.check(addressing(List.of(4L, 12L), Set.of(4L, 9L))))
			.isEqualTo(RuleResult.refused("plan.error.shortcomingUnknown"));
	}

	@Test
	void citesWhereItComesFrom() {
		assertThat(rule.regulation()).isNotBlank();
	}
}

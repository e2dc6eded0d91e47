package vn.xdd.remediation.domain;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.xdd.shared.rule.RuleResult;

import static org.assertj.core.api.Assertions.assertThat;

class TaskLedWithinIssuerTest {

	final TaskLedWithinIssuer rule = new TaskLedWithinIssuer();

	@Test
	void unitsOfTheIssuersSubtreeLeadAndCoordinate() {
		assertThat(rule.check(TaskRulesFixture.task()).isAllowed()).isTrue();
	}

	@Test
	void aUnitOutsideIsRefused() {
		assertThat(rule.check(new Tasks.Task("Việc", true, null, 1, TaskRulesFixture.DEADLINE, Recurrence.NONE,
				List.of(), Set.of()))).isEqualTo(RuleResult.refused("plan.error.leadOutsideIssuer"));
	}

	@Test
	void citesWhereItComesFrom() {
		assertThat(rule.regulation()).isNotBlank();
	}
}

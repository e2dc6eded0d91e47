package vn.xdd.remediation.domain;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.xdd.shared.rule.RuleResult;

import static org.assertj.core.api.Assertions.assertThat;

class TaskNeedsLeadTest {

	final TaskNeedsLead rule = new TaskNeedsLead();

	@Test
	void aUnitOrAPersonLeads() {
		assertThat(rule.check(TaskRulesFixture.task()).isAllowed()).isTrue();
		assertThat(rule.check(new Tasks.Task("Việc", false, "Đồng chí Bí thư", 0, TaskRulesFixture.DEADLINE,
				Recurrence.NONE, List.of(), Set.of())).isAllowed()).isTrue();
	}

	@Test
	void nobodyLeadingIsRefused() {
		assertThat(rule.check(new Tasks.Task("Việc", false, null, 0, TaskRulesFixture.DEADLINE, Recurrence.NONE,
				List.of(), Set.of()))).isEqualTo(RuleResult.refused("plan.error.leadRequired"));
	}

	@Test
	void citesWhereItComesFrom() {
		assertThat(rule.regulation()).isNotBlank();
	}
}

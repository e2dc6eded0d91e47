package vn.xdd.remediation.domain;

import org.junit.jupiter.api.Test;

import vn.xdd.shared.rule.RuleResult;

import static org.assertj.core.api.Assertions.assertThat;

class TaskNeedsTextTest {

	final TaskNeedsText rule = new TaskNeedsText();

	@Test
	void aTaskSaysWhatIsToBeDone() {
		assertThat(rule.check(TaskRulesFixture.task()).isAllowed()).isTrue();
		assertThat(rule.check(TaskRulesFixture.withText("x".repeat(4000))).isAllowed()).isTrue();
	}

	@Test
	void noTextOrTooLongATextIsRefused() {
		RuleResult refused = RuleResult.refused("plan.error.taskTextRequired", 4000);
		assertThat(rule.check(TaskRulesFixture.withText(null))).isEqualTo(refused);
		assertThat(rule.check(TaskRulesFixture.withText("  "))).isEqualTo(refused);
		assertThat(rule.check(TaskRulesFixture.withText("x".repeat(4001)))).isEqualTo(refused);
	}

	@Test
	void citesWhereItComesFrom() {
		assertThat(rule.regulation()).isNotBlank();
	}
}

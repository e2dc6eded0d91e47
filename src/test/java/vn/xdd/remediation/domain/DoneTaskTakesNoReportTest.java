package vn.xdd.remediation.domain;

import org.junit.jupiter.api.Test;

import vn.xdd.remediation.PlanStatus;
import vn.xdd.shared.rule.RuleResult;

import static org.assertj.core.api.Assertions.assertThat;

class DoneTaskTakesNoReportTest {

	final DoneTaskTakesNoReport rule = new DoneTaskTakesNoReport();

	@Test
	void aDoneTaskIsRefused() {
		assertThat(rule.check(new PlanLifecycle.ProgressReport(PlanStatus.ISSUED, TaskStatus.DONE)))
			.isEqualTo(RuleResult.refused("plan.error.taskDone"));
	}

	@Test
	void aReturnedTaskIsReportedAgain() {
		assertThat(rule.check(new PlanLifecycle.ProgressReport(PlanStatus.ISSUED, TaskStatus.RETURNED)).isAllowed())
			.isTrue();
	}

	@Test
	void citesWhereItComesFrom() {
		assertThat(rule.regulation()).isNotBlank();
	}
}

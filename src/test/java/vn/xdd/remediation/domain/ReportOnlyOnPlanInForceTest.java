package vn.xdd.remediation.domain;

import org.junit.jupiter.api.Test;

import vn.xdd.remediation.PlanStatus;
import vn.xdd.shared.rule.RuleResult;

import static org.assertj.core.api.Assertions.assertThat;

class ReportOnlyOnPlanInForceTest {

	final ReportOnlyOnPlanInForce rule = new ReportOnlyOnPlanInForce();

	@Test
	void aDraftTakesNoReport() {
		assertThat(rule.check(new PlanLifecycle.ProgressReport(PlanStatus.DRAFT, TaskStatus.OPEN)))
			.isEqualTo(RuleResult.refused("plan.error.reportNotIssued"));
	}

	@Test
	void aPlanInForceDoes() {
		assertThat(rule.check(new PlanLifecycle.ProgressReport(PlanStatus.ISSUED, TaskStatus.OPEN)).isAllowed()).isTrue();
	}

	@Test
	void citesWhereItComesFrom() {
		assertThat(rule.regulation()).isNotBlank();
	}
}

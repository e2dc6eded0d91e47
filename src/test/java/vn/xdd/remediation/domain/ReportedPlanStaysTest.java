package vn.xdd.remediation.domain;

import org.junit.jupiter.api.Test;

import vn.xdd.remediation.PlanStatus;
import vn.xdd.shared.rule.RuleResult;

import static org.assertj.core.api.Assertions.assertThat;

class ReportedPlanStaysTest {

	final ReportedPlanStays rule = new ReportedPlanStays();

	@Test
	void aPlanWithReportsIsNotDeleted() {
		assertThat(rule.check(new PlanLifecycle.Deletion(PlanStatus.DRAFT, 3)))
			.isEqualTo(RuleResult.refused("plan.error.deleteHasReports"));
	}

	@Test
	void aPlanWithoutReportsMayBe() {
		assertThat(rule.check(new PlanLifecycle.Deletion(PlanStatus.DRAFT, 0)).isAllowed()).isTrue();
	}

	@Test
	void citesWhereItComesFrom() {
		assertThat(rule.regulation()).isNotBlank();
	}
}

package vn.xdd.remediation.domain;

import org.junit.jupiter.api.Test;

import vn.xdd.remediation.PlanStatus;
import vn.xdd.shared.rule.RuleResult;

import static org.assertj.core.api.Assertions.assertThat;

class OnlyPlanInForceClosesTest {

	final OnlyPlanInForceCloses rule = new OnlyPlanInForceCloses();

	@Test
	void aPlanInForceCloses() {
		assertThat(rule.check(new PlanLifecycle.Closing(PlanStatus.ISSUED, "Kết quả")).isAllowed()).isTrue();
	}

	@Test
	void aDraftDoesNot() {
		assertThat(rule.check(new PlanLifecycle.Closing(PlanStatus.DRAFT, "Kết quả")))
			.isEqualTo(RuleResult.refused("plan.error.closeNotIssued"));
	}

	@Test
	void citesWhereItComesFrom() {
		assertThat(rule.regulation()).isNotBlank();
	}
}

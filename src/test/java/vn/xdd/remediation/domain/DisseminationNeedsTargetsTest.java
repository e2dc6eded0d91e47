package vn.xdd.remediation.domain;

import org.junit.jupiter.api.Test;

import vn.xdd.remediation.PlanStatus;
import vn.xdd.shared.rule.RuleResult;

import static org.assertj.core.api.Assertions.assertThat;

class DisseminationNeedsTargetsTest {

	final DisseminationNeedsTargets rule = new DisseminationNeedsTargets();

	@Test
	void noUnitIsRefused() {
		assertThat(rule.check(new PlanLifecycle.Dissemination(PlanStatus.DRAFT, 0)))
			.isEqualTo(RuleResult.refused("plan.error.noTargets"));
	}

	@Test
	void oneUnitIsEnough() {
		assertThat(rule.check(new PlanLifecycle.Dissemination(PlanStatus.DRAFT, 1)).isAllowed()).isTrue();
	}

	@Test
	void citesWhereItComesFrom() {
		assertThat(rule.regulation()).isNotBlank();
	}
}

package vn.xdd.remediation.domain;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.xdd.remediation.PlanStatus;
import vn.xdd.shared.rule.RuleResult;

import static org.assertj.core.api.Assertions.assertThat;

class OnlyTargetAcknowledgesTest {

	final OnlyTargetAcknowledges rule = new OnlyTargetAcknowledges();

	static final LocalDate TODAY = LocalDate.of(2025, 3, 1);

	@Test
	void aUnitOutsideTheDisseminationIsRefused() {
		assertThat(rule.check(new Acknowledgements.Acknowledgement(PlanStatus.ISSUED, false, false, TODAY, TODAY)))
			.isEqualTo(RuleResult.refused("plan.error.notTarget"));
	}

	@Test
	void aTargetIsAllowed() {
		assertThat(rule.check(new Acknowledgements.Acknowledgement(PlanStatus.ISSUED, true, false, TODAY, TODAY)).isAllowed()).isTrue();
	}

	@Test
	void citesWhereItComesFrom() {
		assertThat(rule.regulation()).isNotBlank();
	}
}

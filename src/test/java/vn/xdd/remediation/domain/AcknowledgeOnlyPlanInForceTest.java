package vn.xdd.remediation.domain;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.xdd.remediation.PlanStatus;
import vn.xdd.shared.rule.RuleResult;

import static org.assertj.core.api.Assertions.assertThat;

class AcknowledgeOnlyPlanInForceTest {

	final AcknowledgeOnlyPlanInForce rule = new AcknowledgeOnlyPlanInForce();

	static final LocalDate TODAY = LocalDate.of(2025, 3, 1);

	@Test
	void aDraftIsNotAcknowledged() {
		assertThat(rule.check(new Acknowledgements.Acknowledgement(PlanStatus.DRAFT, true, false, TODAY, TODAY)))
			.isEqualTo(RuleResult.refused("plan.error.notIssued"));
	}

	@Test
	void aPlanInForceIs() {
		assertThat(rule.check(new Acknowledgements.Acknowledgement(PlanStatus.ISSUED, true, false, TODAY, TODAY)).isAllowed()).isTrue();
	}

	@Test
	void citesWhereItComesFrom() {
		assertThat(rule.regulation()).isNotBlank();
	}
}

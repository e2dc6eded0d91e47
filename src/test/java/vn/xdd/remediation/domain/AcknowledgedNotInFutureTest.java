package vn.xdd.remediation.domain;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.xdd.remediation.PlanStatus;
import vn.xdd.shared.rule.RuleResult;

import static org.assertj.core.api.Assertions.assertThat;

class AcknowledgedNotInFutureTest {

	final AcknowledgedNotInFuture rule = new AcknowledgedNotInFuture();

	static final LocalDate TODAY = LocalDate.of(2025, 3, 1);

	@Test
	void tomorrowIsRefused() {
		assertThat(rule.check(new Acknowledgements.Acknowledgement(PlanStatus.ISSUED, true, false, TODAY.plusDays(1), TODAY)))
			.isEqualTo(RuleResult.refused("plan.error.futureDate"));
	}

	@Test
	void todayAndEarlierAreAllowed() {
		assertThat(rule.check(new Acknowledgements.Acknowledgement(PlanStatus.ISSUED, true, false, TODAY, TODAY)).isAllowed()).isTrue();
		assertThat(rule.check(new Acknowledgements.Acknowledgement(PlanStatus.ISSUED, true, false, TODAY.minusDays(5), TODAY)).isAllowed()).isTrue();
	}

	@Test
	void citesWhereItComesFrom() {
		assertThat(rule.regulation()).isNotBlank();
	}
}

package vn.xdd.remediation.domain;

import org.junit.jupiter.api.Test;

import vn.xdd.remediation.PlanStatus;
import vn.xdd.shared.rule.RuleResult;

import static org.assertj.core.api.Assertions.assertThat;

class CancellingNeedsReasonTest {

	final CancellingNeedsReason rule = new CancellingNeedsReason();

	@Test
	void aBlankOrMissingReasonIsRefused() {
		assertThat(rule.check(new PlanLifecycle.Cancellation(PlanStatus.ISSUED, " ")))
			.isEqualTo(RuleResult.refused("plan.error.cancelReasonRequired"));
		assertThat(rule.check(new PlanLifecycle.Cancellation(PlanStatus.ISSUED, null)).isRefused()).isTrue();
	}

	@Test
	void aReasonIsEnough() {
		assertThat(rule.check(new PlanLifecycle.Cancellation(PlanStatus.DRAFT, "Ban hành nhầm")).isAllowed()).isTrue();
	}

	@Test
	void citesWhereItComesFrom() {
		assertThat(rule.regulation()).isNotBlank();
	}
}

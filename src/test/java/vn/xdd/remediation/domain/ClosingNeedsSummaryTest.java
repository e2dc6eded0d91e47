package vn.xdd.remediation.domain;

import org.junit.jupiter.api.Test;

import vn.xdd.remediation.PlanStatus;
import vn.xdd.shared.rule.RuleResult;

import static org.assertj.core.api.Assertions.assertThat;

class ClosingNeedsSummaryTest {

	final ClosingNeedsSummary rule = new ClosingNeedsSummary();

	@Test
	void aBlankSummaryIsRefused() {
		assertThat(rule.check(new PlanLifecycle.Closing(PlanStatus.ISSUED, "")))
			.isEqualTo(RuleResult.refused("plan.error.summaryRequired"));
	}

	@Test
	void aSummaryIsEnough() {
		assertThat(rule.check(new PlanLifecycle.Closing(PlanStatus.ISSUED, "Đã khắc phục 12/14 hạn chế")).isAllowed())
			.isTrue();
	}

	@Test
	void citesWhereItComesFrom() {
		assertThat(rule.regulation()).isNotBlank();
	}
}

package vn.xdd.remediation.domain;

import org.junit.jupiter.api.Test;

import vn.xdd.remediation.domain.ReportDecisions.Decision;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.rule.RuleResult;

import static org.assertj.core.api.Assertions.assertThat;

class ReturningNeedsReasonTest {

	final ReturningNeedsReason rule = new ReturningNeedsReason();

	static final Decision RETURN = new Decision(new OrgUnitId(10), new OrgUnitId(100), new OrgUnitId(10),
			"chapter-secretary", ReportStatus.SUBMITTED, "district-leader", (r, u) -> true, null);

	@Test
	void aReturnWithoutReasonIsRefused() {
		assertThat(rule.check(RETURN.because("  "))).isEqualTo(RuleResult.refused("plan.error.returnReasonRequired"));
		assertThat(rule.check(RETURN).isRefused()).isTrue();
	}

	@Test
	void aReasonIsEnough() {
		assertThat(rule.check(RETURN.because("Thiếu biên bản sinh hoạt chi bộ")).isAllowed()).isTrue();
	}

	@Test
	void citesWhereItComesFrom() {
		assertThat(rule.regulation()).isNotBlank();
	}
}

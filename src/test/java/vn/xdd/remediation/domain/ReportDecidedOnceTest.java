package vn.xdd.remediation.domain;

import org.junit.jupiter.api.Test;

import vn.xdd.remediation.domain.ReportDecisions.Decision;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.rule.RuleResult;

import static org.assertj.core.api.Assertions.assertThat;

class ReportDecidedOnceTest {

	final ReportDecidedOnce rule = new ReportDecidedOnce();

	static Decision on(ReportStatus status) {
		return new Decision(new OrgUnitId(10), new OrgUnitId(100), new OrgUnitId(10), "chapter-secretary", status,
				"district-leader", (r, u) -> true, null);
	}

	@Test
	void aSubmittedReportAwaitsADecision() {
		assertThat(rule.check(on(ReportStatus.SUBMITTED)).isAllowed()).isTrue();
	}

	@Test
	void aDecidedReportIsNotDecidedAgain() {
		assertThat(rule.check(on(ReportStatus.VERIFIED))).isEqualTo(RuleResult.refused("plan.error.alreadyDecided"));
		assertThat(rule.check(on(ReportStatus.RETURNED))).isEqualTo(RuleResult.refused("plan.error.alreadyDecided"));
	}

	@Test
	void citesWhereItComesFrom() {
		assertThat(rule.regulation()).isNotBlank();
	}
}

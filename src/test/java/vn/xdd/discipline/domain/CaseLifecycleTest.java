package vn.xdd.discipline.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.xdd.discipline.CaseStatus;
import vn.xdd.discipline.ClosingReason;
import vn.xdd.shared.rule.Label;
import vn.xdd.shared.rule.RuleResult;

class CaseLifecycleTest {

	private static CaseTransition move(CaseStatus from, CaseStatus to) {
		return new CaseTransition(from, to, null, "", false);
	}

	@Test
	void aCaseMovesOnlyAlongItsLifeCycle() {
		CaseStatusMayMove rule = new CaseStatusMayMove();
		assertThat(rule.check(move(CaseStatus.OPENED, CaseStatus.UNDER_REVIEW)).isAllowed()).isTrue();
		assertThat(rule.check(move(CaseStatus.UNDER_REVIEW, CaseStatus.DECIDED)).isAllowed()).isTrue();
		assertThat(rule.check(move(CaseStatus.DECIDED, CaseStatus.COMPLAINT_PENDING)).isAllowed()).isTrue();
		assertThat(rule.check(move(CaseStatus.COMPLAINT_PENDING, CaseStatus.CHANGED)).isAllowed()).isTrue();
		assertThat(rule.check(move(CaseStatus.CHANGED, CaseStatus.LAPSED)).isAllowed()).isTrue();
		assertThat(rule.check(move(CaseStatus.OPENED, CaseStatus.DECIDED)))
				.isEqualTo(RuleResult.refused("discipline.error.statusMove", Label.of("caseStatus.OPENED"), Label.of("caseStatus.DECIDED")));
		assertThat(rule.check(move(CaseStatus.DECIDED, CaseStatus.OPENED)).isRefused()).isTrue();
		assertThat(rule.check(move(CaseStatus.LAPSED, CaseStatus.COMPLAINT_PENDING)).isRefused()).isTrue();
		assertThat(rule.check(move(CaseStatus.DECIDED, CaseStatus.CLOSED)).isRefused()).isTrue();
	}

	@Test
	void closingWithoutDisciplineSaysWhyAndLimitationMustHaveRunOut() {
		ClosingNeedsReason rule = new ClosingNeedsReason();
		assertThat(rule.check(move(CaseStatus.UNDER_REVIEW, CaseStatus.CLOSED)))
				.isEqualTo(RuleResult.refused("discipline.error.closingReason"));
		assertThat(rule.check(new CaseTransition(CaseStatus.UNDER_REVIEW, CaseStatus.CLOSED, ClosingReason.NO_VIOLATION, "", false))
				.isAllowed()).isTrue();
		assertThat(rule.check(new CaseTransition(CaseStatus.UNDER_REVIEW, CaseStatus.CLOSED, ClosingReason.LIMITATION_EXPIRED, "",
				false))).isEqualTo(RuleResult.refused("discipline.error.limitationNotExpired"));
		assertThat(rule.check(new CaseTransition(CaseStatus.UNDER_REVIEW, CaseStatus.CLOSED, ClosingReason.LIMITATION_EXPIRED, "",
				true)).isAllowed()).isTrue();
		assertThat(rule.check(move(CaseStatus.OPENED, CaseStatus.UNDER_REVIEW)).isAllowed()).isTrue();
	}

	@Test
	void anAnnulmentStatesItsReason() {
		AnnulmentNeedsReason rule = new AnnulmentNeedsReason();
		assertThat(rule.check(move(CaseStatus.COMPLAINT_PENDING, CaseStatus.ANNULLED)))
				.isEqualTo(RuleResult.refused("discipline.error.annulmentReason"));
		assertThat(rule.check(new CaseTransition(CaseStatus.COMPLAINT_PENDING, CaseStatus.ANNULLED, null,
				"Kết luận khiếu nại: không có vi phạm", false)).isAllowed()).isTrue();
	}

	@Test
	void theListChecksTheMoveFirst() {
		assertThat(CaseLifecycle.MOVE.check(move(CaseStatus.LAPSED, CaseStatus.CLOSED)))
				.isEqualTo(RuleResult.refused("discipline.error.statusMove", Label.of("caseStatus.LAPSED"), Label.of("caseStatus.CLOSED")));
	}
}

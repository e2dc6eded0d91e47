package vn.xdd.discipline.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.xdd.shared.rule.RuleResult;

class ComplaintRulesTest {

	private static final WorkingDays CALENDAR = new WorkingDays(Set.of(LocalDate.of(2026, 4, 30), LocalDate.of(2026, 5, 1)));

	private static final LocalDate RECEIVED = LocalDate.of(2026, 4, 1); // a Wednesday

	private static ComplaintFiling filed(LocalDate day) {
		return new ComplaintFiling(RECEIVED, day, 30, CALENDAR, true, false);
	}

	@Test
	void thirtyWorkingDaysSkipWeekendsAndHolidays() {
		// April 2026 after the 1st: 21 working days minus the 30th (holiday) = 20; May 1st is a holiday;
		// ten more working days from 4 May end on 15 May
		assertThat(filed(RECEIVED).dueOn()).isEqualTo(LocalDate.of(2026, 5, 15));
	}

	@Test
	void aComplaintOnTheLastDayIsInTimeAndTheNextDayIsLate() {
		ComplaintInTime rule = new ComplaintInTime();
		assertThat(rule.check(filed(LocalDate.of(2026, 5, 15))).isAllowed()).isTrue();
		assertThat(rule.check(filed(LocalDate.of(2026, 5, 18))))
				.isEqualTo(RuleResult.refused("discipline.error.complaintLate", "15/05/2026"));
		assertThat(rule.check(filed(LocalDate.of(2026, 3, 31))).isRefused()).isTrue();
	}

	@Test
	void aComplaintNeedsADecisionInForceAndNoneWaiting() {
		ComplaintAgainstDecisionInForce rule = new ComplaintAgainstDecisionInForce();
		assertThat(rule.check(filed(LocalDate.of(2026, 4, 10))).isAllowed()).isTrue();
		assertThat(rule.check(new ComplaintFiling(RECEIVED, LocalDate.of(2026, 4, 10), 30, CALENDAR, false, false)))
				.isEqualTo(RuleResult.refused("discipline.error.complaintNoDecision"));
		assertThat(rule.check(new ComplaintFiling(RECEIVED, LocalDate.of(2026, 4, 10), 30, CALENDAR, true, true)))
				.isEqualTo(RuleResult.refused("discipline.error.complaintPending"));
	}
}

package vn.xdd.discipline.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.xdd.discipline.DisciplineForm;
import vn.xdd.discipline.ViolationCategory;
import vn.xdd.shared.rule.RuleResult;

class LimitationNotExpiredTest {

	private final LimitationNotExpired rule = new LimitationNotExpired();

	private static final LocalDate COMMITTED = LocalDate.of(2021, 3, 15);

	private static final Violation ORDINARY = Violation.on(COMMITTED, "Sử dụng xe công sai mục đích", ViolationCategory.ORDINARY);

	@Test
	void underQd69AReprimandMayStillBeImposedOnTheLastDayOfSixtyMonths() {
		LocalDate lastDay = LocalDate.of(2026, 3, 15);
		assertThat(rule.check(Proposals.concludedOn(lastDay, DefaultRuleSets.QD69_2022, DisciplineForm.REPRIMAND, ORDINARY))
				.isAllowed()).isTrue();
		assertThat(rule.check(Proposals.concludedOn(lastDay.plusDays(1), DefaultRuleSets.QD69_2022, DisciplineForm.REPRIMAND,
				ORDINARY))).isEqualTo(RuleResult.refused("discipline.error.limitationExpired", "Sử dụng xe công sai mục đích",
						"15/03/2026", DefaultRuleSets.QD69_2022.citation()));
	}

	@Test
	void underQd69AWarningHasOneHundredTwentyMonths() {
		LocalDate lastDay = LocalDate.of(2031, 3, 15);
		assertThat(rule.check(Proposals.concludedOn(lastDay, DefaultRuleSets.QD69_2022, DisciplineForm.WARNING, ORDINARY))
				.isAllowed()).isTrue();
		assertThat(rule.check(Proposals.concludedOn(lastDay.plusDays(1), DefaultRuleSets.QD69_2022,
				DisciplineForm.REMOVAL_FROM_POST, ORDINARY)).isRefused()).isTrue();
	}

	@Test
	void underQd102TheTermsAreInYears() {
		Violation early = Violation.on(LocalDate.of(2012, 2, 29), "Vi phạm năm 2012", ViolationCategory.ORDINARY);
		// 5 years from 29/02/2012 ends on 28/02/2017 (no 29 February that year)
		assertThat(rule.check(Proposals.concludedOn(LocalDate.of(2017, 2, 28), DefaultRuleSets.QD102_2017,
				DisciplineForm.REPRIMAND, early)).isAllowed()).isTrue();
		assertThat(rule.check(Proposals.concludedOn(LocalDate.of(2017, 3, 1), DefaultRuleSets.QD102_2017,
				DisciplineForm.REPRIMAND, early)).isRefused()).isTrue();
		assertThat(rule.check(Proposals.concludedOn(LocalDate.of(2022, 2, 28), DefaultRuleSets.QD102_2017,
				DisciplineForm.WARNING, early)).isAllowed()).isTrue();
	}

	@Test
	void theCategoriesWithoutLimitationAndExpulsionNeverExpire() {
		LocalDate muchLater = LocalDate.of(2040, 1, 1);
		for (ViolationCategory category : List.of(ViolationCategory.INTERNAL_POLITICS,
				ViolationCategory.SECURITY_DEFENCE_FOREIGN_AFFAIRS, ViolationCategory.ILLEGAL_DIPLOMAS,
				ViolationCategory.DESERVING_EXPULSION)) {
			Violation violation = Violation.on(COMMITTED, "Vi phạm", category);
			assertThat(rule.check(Proposals.concludedOn(muchLater, DefaultRuleSets.QD69_2022, DisciplineForm.WARNING, violation))
					.isAllowed()).as(category.name()).isTrue();
		}
		assertThat(rule.check(Proposals.concludedOn(muchLater, DefaultRuleSets.QD69_2022, DisciplineForm.EXPULSION, ORDINARY))
				.isAllowed()).isTrue();
	}

	@Test
	void aNewViolationWithinThePeriodRestartsIt() {
		Violation again = Violation.on(LocalDate.of(2025, 1, 10), "Tái phạm", ViolationCategory.ORDINARY);
		ProposedDiscipline proposal = Proposals.concludedOn(LocalDate.of(2027, 1, 1), DefaultRuleSets.QD69_2022,
				DisciplineForm.REPRIMAND, ORDINARY, again);
		assertThat(rule.check(proposal).isAllowed()).isTrue();
		LimitationReckoning.Period first = proposal.limitationPeriods().get(0);
		assertThat(first.lastDay()).isEqualTo(LocalDate.of(2030, 1, 10));
		assertThat(first.steps()).extracting(LimitationReckoning.Step::messageKey)
				.containsExactly("discipline.limitation.counted", "discipline.limitation.restarted");
	}

	@Test
	void aViolationAfterThePeriodRanOutRestartsNothing() {
		Violation later = Violation.on(LocalDate.of(2026, 6, 1), "Vi phạm mới", ViolationCategory.ORDINARY);
		ProposedDiscipline proposal = Proposals.concludedOn(LocalDate.of(2026, 7, 1), DefaultRuleSets.QD69_2022,
				DisciplineForm.REPRIMAND, ORDINARY, later);
		assertThat(proposal.limitationPeriods().get(0).lastDay()).isEqualTo(LocalDate.of(2026, 3, 15));
		assertThat(rule.check(proposal).isRefused()).isTrue();
	}
}

package vn.xdd.discipline.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.xdd.discipline.DisciplineForm;
import vn.xdd.discipline.SubjectKind;

/** Lapse, the time in force, and the planning bars of each era, at their boundary days. */
class EffectsTest {

	private static final LocalDate ANNOUNCED = LocalDate.of(2025, 2, 10);

	@Test
	void aDecisionLapsesTwelveMonthsAfterItsAnnouncement() {
		Lapse lapse = new Lapse(DisciplineForm.WARNING, ANNOUNCED, null, false, null, Term.months(12));
		assertThat(lapse.lapsesOn()).contains(LocalDate.of(2026, 2, 10));
		assertThat(lapse.lapsedOn(LocalDate.of(2026, 2, 9))).isFalse();
		assertThat(lapse.lapsedOn(LocalDate.of(2026, 2, 10))).isTrue();
	}

	@Test
	void aComplaintRulingRestartsTheTermAndAPendingComplaintHoldsIt() {
		assertThat(new Lapse(DisciplineForm.WARNING, ANNOUNCED, LocalDate.of(2025, 5, 1), false, null, Term.months(12)).lapsesOn())
				.contains(LocalDate.of(2026, 5, 1));
		assertThat(new Lapse(DisciplineForm.WARNING, ANNOUNCED, null, true, null, Term.months(12)).lapsesOn()).isEmpty();
	}

	@Test
	void aNewViolationWithinTheTermOrExpulsionMeansNoLapse() {
		assertThat(new Lapse(DisciplineForm.REPRIMAND, ANNOUNCED, null, false, LocalDate.of(2026, 2, 9), Term.months(12))
				.lapsesOn()).isEmpty();
		assertThat(new Lapse(DisciplineForm.REPRIMAND, ANNOUNCED, null, false, LocalDate.of(2026, 2, 10), Term.months(12))
				.lapsesOn()).contains(LocalDate.of(2026, 2, 10));
		assertThat(new Lapse(DisciplineForm.EXPULSION, ANNOUNCED, null, false, null, Term.months(12)).lapsesOn()).isEmpty();
		assertThat(new Lapse(DisciplineForm.DISSOLUTION, ANNOUNCED, null, false, null, Term.months(12)).lapsesOn()).isEmpty();
	}

	@Test
	void aSanctionIsInForceFromItsEffectiveDayUntilItLapsesOrIsAnnulled() {
		DecidedSanction sanction = new DecidedSanction(DisciplineForm.WARNING, ANNOUNCED, ANNOUNCED, LocalDate.of(2026, 2, 10), null);
		assertThat(sanction.inForceOn(ANNOUNCED.minusDays(1))).isFalse();
		assertThat(sanction.inForceOn(ANNOUNCED)).isTrue();
		assertThat(sanction.inForceOn(LocalDate.of(2026, 2, 9))).isTrue();
		assertThat(sanction.inForceOn(LocalDate.of(2026, 2, 10))).isFalse();
		DecidedSanction annulled = new DecidedSanction(DisciplineForm.WARNING, ANNOUNCED, ANNOUNCED, null, LocalDate.of(2025, 6, 1));
		assertThat(annulled.inForceOn(LocalDate.of(2025, 6, 1))).isFalse();
		assertThat(annulled.lastBarredDay(DefaultRuleSets.QD80_2022)).isEmpty();
	}

	@Test
	void theBarSetInForceOnTheDecisionDayGivesTheBar() {
		DisciplineRuleSets sets = DefaultRuleSets.all();
		assertThat(sets.barsOn(LocalDate.of(2020, 1, 1))).contains(DefaultRuleSets.QD105_2017);
		assertThat(sets.barsOn(LocalDate.of(2022, 8, 17))).contains(DefaultRuleSets.QD105_2017);
		assertThat(sets.barsOn(LocalDate.of(2022, 8, 18))).contains(DefaultRuleSets.QD80_2022);
		assertThat(sets.barsOn(LocalDate.of(2025, 10, 8))).contains(DefaultRuleSets.QD377_2025);
		DecidedSanction warning = new DecidedSanction(DisciplineForm.WARNING, ANNOUNCED, ANNOUNCED, LocalDate.of(2026, 2, 10), null);
		// QĐ 80: 30 months from 10/02/2025, barred through 09/08/2027, even though it lapsed in 2026
		assertThat(warning.lastBarredDay(DefaultRuleSets.QD80_2022)).contains(LocalDate.of(2027, 8, 9));
		assertThat(warning.barsPlanningOn(LocalDate.of(2027, 8, 9), DefaultRuleSets.QD80_2022)).isTrue();
		assertThat(warning.barsPlanningOn(LocalDate.of(2027, 8, 10), DefaultRuleSets.QD80_2022)).isFalse();
		DecidedSanction removal = new DecidedSanction(DisciplineForm.REMOVAL_FROM_POST, ANNOUNCED, ANNOUNCED, null, null);
		assertThat(removal.lastBarredDay(DefaultRuleSets.QD377_2025)).contains(LocalDate.of(2030, 2, 9));
		assertThat(DefaultRuleSets.QD377_2025.confirmed()).isFalse();
	}

	@Test
	void theRuleSetOfTheDecisionDayJudgesTheCase() {
		DisciplineRuleSets sets = DefaultRuleSets.all();
		assertThat(sets.forDecision(SubjectKind.FULL_MEMBER, LocalDate.of(2022, 7, 5))).contains(DefaultRuleSets.QD102_2017);
		assertThat(sets.forDecision(SubjectKind.FULL_MEMBER, LocalDate.of(2022, 7, 6))).contains(DefaultRuleSets.QD69_2022);
		assertThat(sets.forDecision(SubjectKind.ORGANIZATION, LocalDate.of(2020, 1, 1))).contains(DefaultRuleSets.QD07_2018);
		assertThat(sets.forDecision(SubjectKind.ORGANIZATION, LocalDate.of(2017, 12, 1))).isEmpty();
	}
}

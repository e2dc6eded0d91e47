package vn.xdd.organization.domain;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.xdd.organization.MemberStatus;

import static org.assertj.core.api.Assertions.assertThat;

class ProbationTest {

	static final LocalDate TODAY = LocalDate.of(2026, 3, 15);

	@Test
	void aProbationaryMemberIsDueTwelveMonthsAfterAdmissionToTheDay() {
		assertThat(Probation.reviewDue(MemberStatus.PROBATIONARY, LocalDate.of(2025, 3, 15), TODAY)).isTrue();
		assertThat(Probation.reviewDue(MemberStatus.PROBATIONARY, LocalDate.of(2024, 1, 1), TODAY)).isTrue();
		assertThat(Probation.reviewDue(MemberStatus.PROBATIONARY, LocalDate.of(2025, 3, 16), TODAY)).isFalse();
	}

	@Test
	void onlyProbationaryMembersAreDue() {
		for (MemberStatus status : MemberStatus.values()) {
			assertThat(Probation.reviewDue(status, LocalDate.of(2020, 1, 1), TODAY)).as(status.name())
				.isEqualTo(status == MemberStatus.PROBATIONARY);
		}
		assertThat(Probation.reviewDue(MemberStatus.PROBATIONARY, null, TODAY)).isFalse();
	}

	@Test
	void probationEndsTwelveCalendarMonthsLater() {
		assertThat(Probation.endsOn(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2025, 2, 28));
		assertThat(Probation.endsOn(LocalDate.of(2025, 7, 1))).isEqualTo(LocalDate.of(2026, 7, 1));
	}
}

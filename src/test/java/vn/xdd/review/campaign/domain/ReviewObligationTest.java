package vn.xdd.review.campaign.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.xdd.organization.MemberId;
import vn.xdd.organization.MemberRoster.RosterEntry;
import vn.xdd.organization.OrgUnitSummary;
import vn.xdd.review.HolderKind;
import vn.xdd.review.campaign.domain.ReviewObligation.Exemption;
import vn.xdd.shared.OrgUnitId;

import static org.assertj.core.api.Assertions.assertThat;

/** Who must submit a review, under the rule sets seeded in V4 (before 2023, and from 2023). */
class ReviewObligationTest {

	static final ReviewRuleSet BEFORE_2023 = new ReviewRuleSet("KD-2017", "Trước 2023", LocalDate.of(2000, 1, 1),
			Set.of("EXEMPTED", "SUSPENDED"), null);

	static final ReviewRuleSet FROM_2023 = new ReviewRuleSet("KD-2023", "Từ 2023", LocalDate.of(2023, 1, 1),
			Set.of("EXEMPTED", "SUSPENDED"), 6);

	static final LocalDate END_2024 = LocalDate.of(2024, 12, 31);

	static ReviewObligation year2024() {
		return new ReviewObligation(ReviewRuleSet.inForce(List.of(BEFORE_2023, FROM_2023), END_2024).orElseThrow(),
				LocalDate.of(2024, 1, 1), END_2024);
	}

	@Test
	void theRuleSetInForceIsTheLatestInEffectByThePeriodsEnd() {
		assertThat(ReviewRuleSet.inForce(List.of(BEFORE_2023, FROM_2023), LocalDate.of(2022, 12, 31)))
			.contains(BEFORE_2023);
		assertThat(ReviewRuleSet.inForce(List.of(FROM_2023, BEFORE_2023), END_2024)).contains(FROM_2023);
		assertThat(ReviewRuleSet.inForce(List.of(FROM_2023), LocalDate.of(2020, 12, 31))).isEmpty();
	}

	@Test
	void exemptedAndSuspendedMembersAreNotReviewed() {
		ReviewObligation obligation = year2024();
		assertThat(obligation.exemption("EXEMPTED", LocalDate.of(2010, 1, 1))).contains(Exemption.STATUS);
		assertThat(obligation.exemption("SUSPENDED", LocalDate.of(2010, 1, 1))).contains(Exemption.STATUS);
		assertThat(obligation.exemption("FULL", LocalDate.of(2010, 1, 1))).isEmpty();
		assertThat(obligation.exemption("PROBATIONARY", LocalDate.of(2024, 3, 1))).isEmpty();
	}

	@Test
	void from2023AMemberAdmittedLessThanSixMonthsBeforeThePeriodsEndIsNotReviewed() {
		ReviewObligation obligation = year2024();
		LocalDate fiveMonthsBefore = END_2024.minusMonths(5);
		LocalDate sevenMonthsBefore = END_2024.minusMonths(7);
		assertThat(obligation.exemption("PROBATIONARY", fiveMonthsBefore)).contains(Exemption.RECENTLY_ADMITTED);
		assertThat(obligation.exemption("PROBATIONARY", sevenMonthsBefore)).isEmpty();
		assertThat(obligation.exemption("PROBATIONARY", END_2024.minusMonths(6))).as("exactly six months").isEmpty();

		RosterEntry recent = entry(1, "PROBATIONARY", fiveMonthsBefore);
		RosterEntry older = entry(2, "PROBATIONARY", sevenMonthsBefore);
		RosterEntry suspended = entry(3, "SUSPENDED", LocalDate.of(2005, 1, 1));
		assertThat(obligation.individuals(List.of(recent, older, suspended))).containsExactly(older);
	}

	@Test
	void beforeTheRuleOf2023ARecentlyAdmittedMemberIsReviewed() {
		LocalDate end2022 = LocalDate.of(2022, 12, 31);
		ReviewObligation obligation = new ReviewObligation(
				ReviewRuleSet.inForce(List.of(BEFORE_2023, FROM_2023), end2022).orElseThrow(), LocalDate.of(2022, 1, 1),
				end2022);
		assertThat(obligation.ruleSet().code()).isEqualTo("KD-2017");
		assertThat(obligation.exemption("PROBATIONARY", end2022.minusMonths(5))).isEmpty();
		assertThat(obligation.exemption("EXEMPTED", end2022.minusMonths(60))).contains(Exemption.STATUS);
	}

	@Test
	void collectivesFollowTheUnitTypeAndTheUnitsLifetime() {
		assertThat(ReviewObligation.collectivesOf("DISTRICT_COMMITTEE"))
			.containsExactly(HolderKind.UNIT, HolderKind.STANDING_COMMITTEE);
		assertThat(ReviewObligation.collectivesOf("PARTIAL_COMMITTEE")).containsExactly(HolderKind.UNIT);
		assertThat(ReviewObligation.collectivesOf("SUB_CHAPTER")).containsExactly(HolderKind.UNIT);
		assertThat(ReviewObligation.collectivesOf("AGENCY")).containsExactly(HolderKind.LEADERSHIP_COLLECTIVE);
		assertThat(ReviewObligation.collectivesOf("PARTY_CELL")).isEmpty();

		ReviewObligation obligation = year2024();
		OrgUnitSummary chapter = unit(10, "SUB_CHAPTER", LocalDate.of(2000, 1, 1), null);
		OrgUnitSummary dissolvedMidYear = unit(11, "SUB_CHAPTER", LocalDate.of(2000, 1, 1), LocalDate.of(2024, 6, 30));
		OrgUnitSummary dissolvedBefore = unit(12, "SUB_CHAPTER", LocalDate.of(2000, 1, 1), LocalDate.of(2023, 6, 30));
		OrgUnitSummary foundedAfter = unit(13, "SUB_CHAPTER", LocalDate.of(2025, 2, 1), null);
		assertThat(obligation.collectives(List.of(chapter, dissolvedMidYear, dissolvedBefore, foundedAfter)))
			.extracting(c -> c.unit().id().value())
			.containsExactly(10L, 11L);
	}

	static RosterEntry entry(long id, String status, LocalDate admitted) {
		return new RosterEntry(new MemberId(id), "Đảng viên " + id, new OrgUnitId(10), status, admitted);
	}

	static OrgUnitSummary unit(long id, String type, LocalDate from, LocalDate to) {
		return new OrgUnitSummary(new OrgUnitId(id), new OrgUnitId(1), type, "Đơn vị " + id, from, to, 1);
	}
}

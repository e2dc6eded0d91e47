package vn.xdd.organization.domain;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RestructuringRulesTest {

	static final LocalDate JULY_2025 = LocalDate.of(2025, 7, 1);

	@Test
	void aChangeMustFallInTheLatestPeriod() {
		assertThat(RestructuringRules.effectiveInLatestPeriod("A", LocalDate.of(2020, 1, 1), null, JULY_2025)).isEmpty();
		assertThat(RestructuringRules.effectiveInLatestPeriod("A", LocalDate.of(2020, 1, 1), null, LocalDate.of(2019, 1, 1)))
			.hasValueSatisfying(r -> assertThat(r.messageKey()).isEqualTo("restructure.error.beforeLatestChange"));
		assertThat(RestructuringRules.effectiveInLatestPeriod("A", LocalDate.of(2020, 1, 1), LocalDate.of(2025, 6, 30),
				JULY_2025))
			.hasValueSatisfying(r -> assertThat(r.messageKey()).isEqualTo("restructure.error.unitEnded"));
	}

	@Test
	void aUnitEndsOnlyAfterItStarted() {
		assertThat(RestructuringRules.canEndBefore("A", LocalDate.of(1945, 9, 2), null, JULY_2025)).isEmpty();
		assertThat(RestructuringRules.canEndBefore("A", JULY_2025, null, JULY_2025)).isPresent();
		assertThat(RestructuringRules.canEndBefore("A", LocalDate.of(1945, 9, 2), LocalDate.of(2020, 1, 1), JULY_2025))
			.isPresent();
	}

	@Test
	void aUnitCannotMoveUnderItsOwnDescendant() {
		assertThat(RestructuringRules.notUnderItself(5, List.of(9L, 5L, 1L))).isPresent();
		assertThat(RestructuringRules.notUnderItself(5, List.of(9L, 1L))).isEmpty();
	}

	@Test
	void aMergeTargetLiesOutsideTheSources() {
		assertThat(RestructuringRules.targetOutsideSources(7, List.of(3L, 4L), List.of(7L, 3L, 1L))).isPresent();
		assertThat(RestructuringRules.targetOutsideSources(7, List.of(3L, 4L), List.of(7L, 1L))).isEmpty();
		assertThat(RestructuringRules.targetOutsideSources(3, List.of(3L, 4L), List.of(3L, 1L))).isPresent();
	}

	@Test
	void dissolvingNeedsAnEmptyUnitUnlessMembersAreMoved() {
		assertThat(RestructuringRules.emptyBeforeDissolving("A", 1, 0, false))
			.hasValueSatisfying(r -> assertThat(r.messageKey()).isEqualTo("restructure.error.childrenRemain"));
		assertThat(RestructuringRules.emptyBeforeDissolving("A", 0, 12, false))
			.hasValueSatisfying(r -> assertThat(r.messageKey()).isEqualTo("restructure.error.membersRemain"));
		assertThat(RestructuringRules.emptyBeforeDissolving("A", 0, 12, true)).isEmpty();
		assertThat(RestructuringRules.emptyBeforeDissolving("A", 0, 0, false)).isEmpty();
	}

	@Test
	void membersMoveOnlyIntoAChapter() {
		assertThat(RestructuringRules.membersNeedAChapter("Đảng ủy xã", 3, false)).isPresent();
		assertThat(RestructuringRules.membersNeedAChapter("Đảng ủy xã", 0, false)).isEmpty();
		assertThat(RestructuringRules.membersNeedAChapter("Chi bộ", 3, true)).isEmpty();
	}

	@Test
	void anEndingSourceHandsOverEverything() {
		assertThat(RestructuringRules.splitHandsOverEverything("A", 0, 1)).isPresent();
		assertThat(RestructuringRules.splitHandsOverEverything("A", 0, 0)).isEmpty();
	}

	@Test
	void nothingMovesUnderAnInactiveTarget() {
		assertThat(RestructuringRules.targetActive("B", false)).isPresent();
		assertThat(RestructuringRules.targetActive("B", true)).isEmpty();
		assertThat(RestructuringRules.typeAllowed(false, "x", "y")).isPresent();
	}
}

package vn.xdd.review.register.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.xdd.review.ShortcomingStatus;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.OrgUnitId;

import static vn.xdd.review.ShortcomingStatus.*;

/** Every transition of the register's life cycle, allowed or refused, and the rules around it. */
class ShortcomingLifeCycleTest {

	/** The life cycle of review-and-remediation.md, written out independently of the enum. */
	private static final Map<ShortcomingStatus, Set<ShortcomingStatus>> ALLOWED = Map.of(
			OPEN, Set.of(IN_PROGRESS, REPORTED),
			IN_PROGRESS, Set.of(REPORTED),
			REPORTED, Set.of(VERIFIED, RETURNED),
			RETURNED, Set.of(IN_PROGRESS, REPORTED),
			VERIFIED, Set.of(CLOSED),
			CLOSED, Set.of());

	static Stream<Arguments> everyPair() {
		return Stream.of(ShortcomingStatus.values())
			.flatMap(from -> Stream.of(ShortcomingStatus.values()).map(to -> Arguments.of(from, to)));
	}

	@ParameterizedTest(name = "{0} → {1}")
	@MethodSource("everyPair")
	void everyTransitionIsAllowedOrRefusedAsTheLifeCycleSays(ShortcomingStatus from, ShortcomingStatus to) {
		Decision decision = StatusMayMove.check(from, to);
		assertThat(decision.allowed()).isEqualTo(ALLOWED.get(from).contains(to));
		if (!decision.allowed()) {
			assertThat(decision.reasonKey()).isEqualTo("shortcoming.error.transition");
			assertThatThrownBy(decision::orThrow).isInstanceOf(BusinessRuleException.class)
				.hasMessage("shortcoming.error.transition");
		}
	}

	@Test
	void onlyVerifiedAndClosedCountAsRemedied() {
		assertThat(Stream.of(ShortcomingStatus.values()).filter(ShortcomingStatus::remedied))
			.containsExactlyInAnyOrder(VERIFIED, CLOSED);
	}

	@Test
	void returningNeedsAReason() {
		assertThat(ReturningNeedsReason.check(null).allowed()).isFalse();
		assertThat(ReturningNeedsReason.check("   ").allowed()).isFalse();
		assertThat(ReturningNeedsReason.check("Chưa có biên bản sinh hoạt chi bộ").allowed()).isTrue();
	}

	@Test
	void onlyTheLevelAboveTheHolderVerifies() {
		OrgUnitId district = new OrgUnitId(10);
		// The district committee's board verifies its chapter's items.
		assertThat(OnlyUpperLevelVerifies.check(district, u -> u.equals(district)).allowed()).isTrue();
		// The chapter holds roles only at itself: never at its parent, so it cannot verify its own.
		assertThat(OnlyUpperLevelVerifies.check(district, u -> false).reasonKey())
			.isEqualTo("shortcoming.error.onlyUpperLevel");
		// The root has no upper level here.
		assertThat(OnlyUpperLevelVerifies.check(null, u -> true).reasonKey()).isEqualTo("shortcoming.error.noUpperLevel");
	}

	@Test
	void theHolderSideReports() {
		OrgUnitId chapter = new OrgUnitId(20);
		assertThat(HolderSideReports.check(chapter, u -> u.equals(chapter)).allowed()).isTrue();
		assertThat(HolderSideReports.check(chapter, u -> false).reasonKey()).isEqualTo("shortcoming.error.notHolderSide");
	}

	@Test
	void overdueIsPastTheDeadlineAndNotVerified() {
		LocalDate today = LocalDate.of(2026, 11, 30);
		LocalDate yesterday = today.minusDays(1);
		assertThat(Overdue.isOverdue(OPEN, yesterday, today)).isTrue();
		assertThat(Overdue.isOverdue(REPORTED, yesterday, today)).isTrue();
		assertThat(Overdue.isOverdue(RETURNED, yesterday, today)).isTrue();
		assertThat(Overdue.isOverdue(VERIFIED, yesterday, today)).isFalse();
		assertThat(Overdue.isOverdue(CLOSED, yesterday, today)).isFalse();
		assertThat(Overdue.isOverdue(OPEN, today, today)).isFalse();
		assertThat(Overdue.isOverdue(OPEN, null, today)).isFalse();
	}
}

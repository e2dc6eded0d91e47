package vn.xdd.review.register.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.xdd.review.ShortcomingStatus.*;

import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import vn.xdd.review.ShortcomingStatus;
import vn.xdd.review.register.domain.ShortcomingLifeCycle.Move;
import vn.xdd.shared.rule.RuleResult;

/** Every transition of the register's life cycle, allowed or refused. */
class StatusMayMoveTest {

	/** The life cycle of review-and-remediation.md, written out independently of the enum. */
	private static final Map<ShortcomingStatus, Set<ShortcomingStatus>> ALLOWED = Map.of(
			OPEN, Set.of(IN_PROGRESS, REPORTED),
			IN_PROGRESS, Set.of(REPORTED),
			REPORTED, Set.of(VERIFIED, RETURNED),
			RETURNED, Set.of(IN_PROGRESS, REPORTED),
			VERIFIED, Set.of(CLOSED),
			CLOSED, Set.of());

	final StatusMayMove rule = new StatusMayMove();

	static Stream<Arguments> everyPair() {
		return Stream.of(ShortcomingStatus.values())
			.flatMap(from -> Stream.of(ShortcomingStatus.values()).map(to -> Arguments.of(from, to)));
	}

	@ParameterizedTest(name = "{0} → {1}")
	@MethodSource("everyPair")
	void everyTransitionIsAllowedOrRefusedAsTheLifeCycleSays(ShortcomingStatus from, ShortcomingStatus to) {
		RuleResult result = rule.check(new Move(from, to));
		if (ALLOWED.get(from).contains(to)) {
			assertThat(result.isAllowed()).isTrue();
		}
		else {
			assertThat(result)
				.isEqualTo(RuleResult.refused("shortcoming.error.transition", from.messageKey(), to.messageKey()));
		}
	}

	@Test
	void citesWhereItComesFrom() {
		assertThat(rule.regulation()).isNotBlank();
	}
}

package vn.xdd.review.register.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.xdd.review.register.domain.Steps.CHAPTER;
import static vn.xdd.review.register.domain.Steps.holding;
import static vn.xdd.review.register.domain.Steps.onChaptersItem;

import org.junit.jupiter.api.Test;

import vn.xdd.review.ShortcomingStatus;
import vn.xdd.shared.Role;
import vn.xdd.shared.rule.RuleResult;

class ReviewSaysUnderWayOrRemediedTest {

	final ReviewSaysUnderWayOrRemedied rule = new ReviewSaysUnderWayOrRemedied();

	@Test
	void aReviewSaysOnlyUnderWayOrRemedied() {
		for (ShortcomingStatus to : ShortcomingStatus.values()) {
			RuleResult result = rule.check(onChaptersItem(holding(Role.SECRETARY, CHAPTER), ShortcomingStatus.OPEN, to));
			if (to == ShortcomingStatus.IN_PROGRESS || to == ShortcomingStatus.REPORTED) {
				assertThat(result.isAllowed()).as(to.name()).isTrue();
			}
			else {
				assertThat(result).as(to.name()).isEqualTo(RuleResult.refused("shortcoming.error.reviewUpdate"));
			}
		}
	}

	@Test
	void citesWhereItComesFrom() {
		assertThat(rule.regulation()).isNotBlank();
	}
}

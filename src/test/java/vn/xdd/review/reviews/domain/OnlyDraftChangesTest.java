package vn.xdd.review.reviews.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.xdd.review.reviews.domain.ReviewChanges.Change;
import vn.xdd.shared.rule.RuleResult;

class OnlyDraftChangesTest {

	final OnlyDraftChanges rule = new OnlyDraftChanges();

	@Test
	void aDraftChangesASubmittedReviewDoesNot() {
		assertThat(rule.check(new Change(true, false)).isAllowed()).isTrue();
		assertThat(rule.check(new Change(true, true))).isEqualTo(RuleResult.refused("review.error.submitted"));
	}

	@Test
	void citesWhereItComesFrom() {
		assertThat(rule.regulation()).isNotBlank();
	}
}

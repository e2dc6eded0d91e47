package vn.xdd.discipline.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.xdd.discipline.DisciplineForm;
import vn.xdd.discipline.SubjectKind;
import vn.xdd.shared.rule.RuleResult;

class RemovalOnlyFromAPostTest {

	private final RemovalOnlyFromAPost rule = new RemovalOnlyFromAPost();

	@Test
	void aMemberWithoutAPostIsNotRemovedFromOne() {
		Violation violation = Proposals.ordinary(Proposals.DAY.minusMonths(1));
		assertThat(rule.check(Proposals.of(SubjectKind.FULL_MEMBER, DisciplineForm.REMOVAL_FROM_POST, 1, violation)))
				.isEqualTo(RuleResult.refused("discipline.error.noPostToRemove"));
		assertThat(rule.check(Proposals.holdingPost(DisciplineForm.REMOVAL_FROM_POST, 1, violation)).isAllowed()).isTrue();
		assertThat(rule.check(Proposals.of(SubjectKind.FULL_MEMBER, DisciplineForm.WARNING, 1, violation)).isAllowed())
				.isTrue();
	}
}

package vn.xdd.remediation.domain;

import org.junit.jupiter.api.Test;

import vn.xdd.remediation.PlanStatus;
import vn.xdd.shared.rule.RuleResult;

import static org.assertj.core.api.Assertions.assertThat;

class OnlyDraftIsDeletedTest {

	final OnlyDraftIsDeleted rule = new OnlyDraftIsDeleted();

	@Test
	void aDraftMayBeDeleted() {
		assertThat(rule.check(new PlanLifecycle.Deletion(PlanStatus.DRAFT, 0)).isAllowed()).isTrue();
	}

	@Test
	void anIssuedPlanIsCancelledInstead() {
		assertThat(rule.check(new PlanLifecycle.Deletion(PlanStatus.ISSUED, 0)))
			.isEqualTo(RuleResult.refused("plan.error.deleteNotDraft"));
	}

	@Test
	void citesWhereItComesFrom() {
		assertThat(rule.regulation()).isNotBlank();
	}
}

package vn.xdd.review.register.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.xdd.review.register.domain.Steps.CHAPTER;
import static vn.xdd.review.register.domain.Steps.DISTRICT;
import static vn.xdd.review.register.domain.Steps.holding;

import org.junit.jupiter.api.Test;

import vn.xdd.review.register.domain.ShortcomingLifeCycle.Recording;
import vn.xdd.shared.Role;
import vn.xdd.shared.rule.RuleResult;

class HolderSideOrInspectionRecordsTest {

	final HolderSideOrInspectionRecords rule = new HolderSideOrInspectionRecords();

	@Test
	void theHolderSideAndTheInspectionCommitteeRecord() {
		assertThat(rule.check(new Recording(CHAPTER, holding(Role.SECRETARY, CHAPTER))).isAllowed()).isTrue();
		assertThat(rule.check(new Recording(CHAPTER, holding(Role.INSPECTION, DISTRICT))).isAllowed()).isTrue();
		assertThat(rule.check(new Recording(CHAPTER, holding(Role.ORGANIZATION_BOARD, DISTRICT))).isAllowed()).isTrue();
	}

	@Test
	void theOfficeAndPropagandaDoNot() {
		assertThat(rule.check(new Recording(CHAPTER, holding(Role.OFFICE, DISTRICT))))
			.isEqualTo(RuleResult.forbidden("shortcoming.error.notAllowed"));
		assertThat(rule.check(new Recording(CHAPTER, holding(Role.PROPAGANDA, CHAPTER))).isRefused()).isTrue();
	}

	@Test
	void citesWhereItComesFrom() {
		assertThat(rule.regulation()).isNotBlank();
	}
}

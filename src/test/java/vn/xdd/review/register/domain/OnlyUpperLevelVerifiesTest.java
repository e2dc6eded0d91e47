package vn.xdd.review.register.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.xdd.review.ShortcomingStatus.REPORTED;
import static vn.xdd.review.ShortcomingStatus.VERIFIED;
import static vn.xdd.review.register.domain.Steps.CHAPTER;
import static vn.xdd.review.register.domain.Steps.DISTRICT;
import static vn.xdd.review.register.domain.Steps.holding;
import static vn.xdd.review.register.domain.Steps.onChaptersItem;

import org.junit.jupiter.api.Test;

import vn.xdd.review.register.domain.ShortcomingLifeCycle.Step;
import vn.xdd.shared.Role;
import vn.xdd.shared.rule.RuleResult;

class OnlyUpperLevelVerifiesTest {

	final OnlyUpperLevelVerifies rule = new OnlyUpperLevelVerifies();

	@Test
	void theDistrictsVerifyingBodiesVerifyTheChaptersItem() {
		for (Role role : Role.verifying()) {
			assertThat(rule.check(onChaptersItem(holding(role, DISTRICT), REPORTED, VERIFIED)).isAllowed()).isTrue();
		}
	}

	@Test
	void theChapterNeverVerifiesItsOwnItem() {
		assertThat(rule.check(onChaptersItem(holding(Role.LEADERSHIP, CHAPTER), REPORTED, VERIFIED)))
			.isEqualTo(RuleResult.forbidden("shortcoming.error.onlyUpperLevel"));
	}

	@Test
	void otherRolesOfTheDistrictDoNotVerify() {
		assertThat(rule.check(onChaptersItem(holding(Role.SECRETARY, DISTRICT), REPORTED, VERIFIED)).isRefused())
			.isTrue();
		assertThat(rule.check(onChaptersItem(holding(Role.OFFICE, DISTRICT), REPORTED, VERIFIED)).isRefused()).isTrue();
	}

	@Test
	void theRootHasNoUpperLevelHere() {
		Step onRootsItem = new Step(DISTRICT, null, (r, u) -> true, REPORTED, VERIFIED, null, 0);
		assertThat(rule.check(onRootsItem)).isEqualTo(RuleResult.refused("shortcoming.error.noUpperLevel"));
	}

	@Test
	void citesWhereItComesFrom() {
		assertThat(rule.regulation()).isNotBlank();
	}
}

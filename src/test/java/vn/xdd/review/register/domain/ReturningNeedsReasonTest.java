package vn.xdd.review.register.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.xdd.review.ShortcomingStatus.REPORTED;
import static vn.xdd.review.ShortcomingStatus.RETURNED;
import static vn.xdd.review.register.domain.Steps.DISTRICT;
import static vn.xdd.review.register.domain.Steps.holding;
import static vn.xdd.review.register.domain.Steps.onChaptersItem;

import org.junit.jupiter.api.Test;

import vn.xdd.shared.Role;
import vn.xdd.shared.rule.RuleResult;

class ReturningNeedsReasonTest {

	final ReturningNeedsReason rule = new ReturningNeedsReason();

	@Test
	void aReturnWithoutAReasonIsRefused() {
		assertThat(rule.check(onChaptersItem(holding(Role.LEADERSHIP, DISTRICT), REPORTED, RETURNED, null, 0)))
			.isEqualTo(RuleResult.refused("shortcoming.error.reasonRequired"));
		assertThat(rule.check(onChaptersItem(holding(Role.LEADERSHIP, DISTRICT), REPORTED, RETURNED, "   ", 2))
			.isRefused()).isTrue();
	}

	@Test
	void aReturnWithAReasonPasses() {
		assertThat(rule.check(onChaptersItem(holding(Role.LEADERSHIP, DISTRICT), REPORTED, RETURNED,
				"Chưa có biên bản sinh hoạt chi bộ", 0)).isAllowed()).isTrue();
	}

	@Test
	void theDistrictCannotReturnWithoutAReasonNorTheChapterWithOne() {
		assertThat(ShortcomingLifeCycle.RETURN
			.check(onChaptersItem(holding(Role.LEADERSHIP, DISTRICT), REPORTED, RETURNED, "", 0)))
			.isEqualTo(RuleResult.refused("shortcoming.error.reasonRequired"));
		assertThat(ShortcomingLifeCycle.RETURN
			.check(onChaptersItem(holding(Role.LEADERSHIP, Steps.CHAPTER), REPORTED, RETURNED, "lý do", 0)))
			.isEqualTo(RuleResult.forbidden("shortcoming.error.onlyUpperLevel"));
	}

	@Test
	void citesWhereItComesFrom() {
		assertThat(rule.regulation()).isNotBlank();
	}
}

package vn.xdd.review.register.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.xdd.review.ShortcomingStatus.*;
import static vn.xdd.review.register.domain.Steps.CHAPTER;
import static vn.xdd.review.register.domain.Steps.DISTRICT;
import static vn.xdd.review.register.domain.Steps.holding;
import static vn.xdd.review.register.domain.Steps.onChaptersItem;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import vn.xdd.review.ShortcomingStatus;
import vn.xdd.shared.Role;
import vn.xdd.shared.rule.RuleResult;

/** The lists of the register's steps: their rules, in the order the use cases check them. */
class ShortcomingLifeCycleTest {

	@Test
	void onlyVerifiedAndClosedCountAsRemedied() {
		assertThat(Stream.of(ShortcomingStatus.values()).filter(ShortcomingStatus::remedied))
			.containsExactlyInAnyOrder(VERIFIED, CLOSED);
	}

	@Test
	void theChapterReportsItsItemAndTheDistrictVerifiesIt() {
		assertThat(ShortcomingLifeCycle.REPORT
			.allows(onChaptersItem(holding(Role.SECRETARY, CHAPTER), IN_PROGRESS, REPORTED, "đã khắc phục", 0)))
			.isTrue();
		assertThat(ShortcomingLifeCycle.VERIFY.allows(onChaptersItem(holding(Role.INSPECTION, DISTRICT), REPORTED,
				VERIFIED))).isTrue();
	}

	@Test
	void whoMayActIsCheckedBeforeTheLifeCycle() {
		assertThat(ShortcomingLifeCycle.VERIFY.check(onChaptersItem(holding(Role.SECRETARY, CHAPTER), OPEN, VERIFIED)))
			.isEqualTo(RuleResult.forbidden("shortcoming.error.onlyUpperLevel"));
		assertThat(ShortcomingLifeCycle.START.check(onChaptersItem(holding(Role.SECRETARY, CHAPTER), CLOSED,
				IN_PROGRESS)))
			.isEqualTo(RuleResult.refused("shortcoming.error.transition", CLOSED.messageKey(),
					IN_PROGRESS.messageKey()));
	}

	@Test
	void theReportFormIsOfferedBeforeAnythingIsWrittenButTheReportNeedsEvidence() {
		assertThat(ShortcomingLifeCycle.REPORT_OFFERED
			.allows(onChaptersItem(holding(Role.SECRETARY, CHAPTER), OPEN, REPORTED))).isTrue();
		assertThat(ShortcomingLifeCycle.REPORT.check(onChaptersItem(holding(Role.SECRETARY, CHAPTER), OPEN, REPORTED)))
			.isEqualTo(RuleResult.refused("shortcoming.error.evidenceRequired"));
	}
}

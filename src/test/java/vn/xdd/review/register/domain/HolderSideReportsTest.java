package vn.xdd.review.register.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.xdd.review.ShortcomingStatus.IN_PROGRESS;
import static vn.xdd.review.ShortcomingStatus.OPEN;
import static vn.xdd.review.register.domain.Steps.CHAPTER;
import static vn.xdd.review.register.domain.Steps.DISTRICT;
import static vn.xdd.review.register.domain.Steps.holding;
import static vn.xdd.review.register.domain.Steps.onChaptersItem;

import org.junit.jupiter.api.Test;

import vn.xdd.shared.Role;
import vn.xdd.shared.rule.RuleResult;

class HolderSideReportsTest {

	final HolderSideReports rule = new HolderSideReports();

	@Test
	void theChaptersSecretaryWorksOnTheChaptersItem() {
		assertThat(rule.check(onChaptersItem(holding(Role.SECRETARY, CHAPTER), OPEN, IN_PROGRESS)).isAllowed()).isTrue();
	}

	@Test
	void theDistrictsLeadershipOrBoardMayActForTheChapter() {
		assertThat(rule.check(onChaptersItem(holding(Role.LEADERSHIP, DISTRICT), OPEN, IN_PROGRESS)).isAllowed())
			.isTrue();
		assertThat(rule.check(onChaptersItem(holding(Role.ORGANIZATION_BOARD, DISTRICT), OPEN, IN_PROGRESS))
			.isAllowed()).isTrue();
	}

	@Test
	void theInspectionCommitteeAndTheOfficeDoNotReport() {
		assertThat(rule.check(onChaptersItem(holding(Role.INSPECTION, DISTRICT), OPEN, IN_PROGRESS)))
			.isEqualTo(RuleResult.forbidden("shortcoming.error.notHolderSide"));
		assertThat(rule.check(onChaptersItem(holding(Role.OFFICE, CHAPTER), OPEN, IN_PROGRESS)).isRefused()).isTrue();
	}

	@Test
	void citesWhereItComesFrom() {
		assertThat(rule.regulation()).isNotBlank();
	}
}

package vn.xdd.review.register.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.xdd.review.ShortcomingStatus.IN_PROGRESS;
import static vn.xdd.review.ShortcomingStatus.REPORTED;
import static vn.xdd.review.register.domain.Steps.CHAPTER;
import static vn.xdd.review.register.domain.Steps.holding;
import static vn.xdd.review.register.domain.Steps.onChaptersItem;

import org.junit.jupiter.api.Test;

import vn.xdd.shared.Role;
import vn.xdd.shared.rule.RuleResult;

class RemedyNeedsEvidenceTest {

	final RemedyNeedsEvidence rule = new RemedyNeedsEvidence();

	@Test
	void aReportWithNeitherNoteNorFileIsRefused() {
		assertThat(rule.check(onChaptersItem(holding(Role.SECRETARY, CHAPTER), IN_PROGRESS, REPORTED, " ", 0)))
			.isEqualTo(RuleResult.refused("shortcoming.error.evidenceRequired"));
	}

	@Test
	void aNoteOrAFileIsEnough() {
		assertThat(rule.check(onChaptersItem(holding(Role.SECRETARY, CHAPTER), IN_PROGRESS, REPORTED,
				"Đã tổ chức sinh hoạt chuyên đề", 0)).isAllowed()).isTrue();
		assertThat(rule.check(onChaptersItem(holding(Role.SECRETARY, CHAPTER), IN_PROGRESS, REPORTED, null, 1))
			.isAllowed()).isTrue();
	}

	@Test
	void citesWhereItComesFrom() {
		assertThat(rule.regulation()).isNotBlank();
	}
}

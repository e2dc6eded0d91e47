package vn.xdd.review.register.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.xdd.review.register.domain.Steps.CHAPTER;
import static vn.xdd.review.register.domain.Steps.holding;
import static vn.xdd.review.register.domain.Steps.onChaptersItem;

import org.junit.jupiter.api.Test;

import vn.xdd.review.ShortcomingStatus;
import vn.xdd.shared.Role;
import vn.xdd.shared.rule.RuleResult;

class EvidenceOnlyWhileUnresolvedTest {

	final EvidenceOnlyWhileUnresolved rule = new EvidenceOnlyWhileUnresolved();

	@Test
	void evidenceIsAddedUntilTheItemIsVerified() {
		for (ShortcomingStatus status : ShortcomingStatus.values()) {
			RuleResult result = rule.check(onChaptersItem(holding(Role.SECRETARY, CHAPTER), status, status, "x", 0));
			if (status == ShortcomingStatus.VERIFIED || status == ShortcomingStatus.CLOSED) {
				assertThat(result).isEqualTo(RuleResult.refused("shortcoming.error.resolved", status.messageKey()));
			}
			else {
				assertThat(result.isAllowed()).as(status.name()).isTrue();
			}
		}
	}

	@Test
	void citesWhereItComesFrom() {
		assertThat(rule.regulation()).isNotBlank();
	}
}

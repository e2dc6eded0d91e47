package vn.xdd.organization.domain;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.xdd.organization.MemberStatus;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.rule.RuleResult;

import static org.assertj.core.api.Assertions.assertThat;

class ProbationServedTest {

	final ProbationServed rule = new ProbationServed();

	static MemberRules.StatusChange change(MemberStatus current, MemberStatus next, LocalDate from) {
		return new MemberRules.StatusChange(current, next, from, Records.TODAY, LocalDate.of(2016, 5, 19),
				LocalDate.of(2015, 5, 19), current == MemberStatus.PROBATIONARY ? null : LocalDate.of(2016, 5, 19));
	}

	@Test
	void recognitionAfterTwelveMonthsPasses() {
		assertThat(rule.check(change(MemberStatus.PROBATIONARY, MemberStatus.FULL, LocalDate.of(2016, 5, 19))).isAllowed())
			.isTrue();
	}

	@Test
	void recognitionBeforeIsRefused() {
		assertThat(rule.check(change(MemberStatus.PROBATIONARY, MemberStatus.FULL, LocalDate.of(2016, 5, 18))))
			.isEqualTo(RuleResult.refused("member.error.probationNotOver", LocalDate.of(2016, 5, 19)));
	}

	@Test
	void otherChangesAreNotItsConcern() {
		assertThat(rule.check(change(MemberStatus.PROBATIONARY, MemberStatus.REMOVED, LocalDate.of(2015, 6, 1))).isAllowed())
			.isTrue();
	}

	@Test
	void citesWhereItComesFrom() {
		assertThat(rule.regulation()).isNotBlank();
	}
}

package vn.xdd.organization.domain;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.xdd.organization.MemberStatus;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.rule.RuleResult;

import static org.assertj.core.api.Assertions.assertThat;

class StatusNotInFutureTest {

	final StatusNotInFuture rule = new StatusNotInFuture();

	static MemberRules.StatusChange change(MemberStatus current, MemberStatus next, LocalDate from) {
		return new MemberRules.StatusChange(current, next, from, Records.TODAY, LocalDate.of(2016, 5, 19),
				LocalDate.of(2015, 5, 19), current == MemberStatus.PROBATIONARY ? null : LocalDate.of(2016, 5, 19));
	}

	@Test
	void todayOrEarlierPasses() {
		assertThat(rule.check(change(MemberStatus.FULL, MemberStatus.SUSPENDED, Records.TODAY)).isAllowed()).isTrue();
		assertThat(rule.check(change(MemberStatus.FULL, MemberStatus.SUSPENDED, Records.TODAY.minusDays(3))).isAllowed())
			.isTrue();
	}

	@Test
	void tomorrowIsRefused() {
		assertThat(rule.check(change(MemberStatus.FULL, MemberStatus.SUSPENDED, Records.TODAY.plusDays(1))))
			.isEqualTo(RuleResult.refused("member.error.statusInFuture"));
	}

	@Test
	void citesWhereItComesFrom() {
		assertThat(rule.regulation()).isNotBlank();
	}
}

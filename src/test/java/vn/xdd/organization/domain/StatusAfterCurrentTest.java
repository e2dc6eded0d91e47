package vn.xdd.organization.domain;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.xdd.organization.MemberStatus;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.rule.RuleResult;

import static org.assertj.core.api.Assertions.assertThat;

class StatusAfterCurrentTest {

	final StatusAfterCurrent rule = new StatusAfterCurrent();

	static MemberRules.StatusChange change(MemberStatus current, MemberStatus next, LocalDate from) {
		return new MemberRules.StatusChange(current, next, from, Records.TODAY, LocalDate.of(2016, 5, 19),
				LocalDate.of(2015, 5, 19), current == MemberStatus.PROBATIONARY ? null : LocalDate.of(2016, 5, 19));
	}

	@Test
	void aStatusAfterTheCurrentOnePasses() {
		assertThat(rule.check(change(MemberStatus.FULL, MemberStatus.SUSPENDED, LocalDate.of(2016, 5, 20))).isAllowed())
			.isTrue();
	}

	@Test
	void onTheSameDayOrBeforeIsRefused() {
		assertThat(rule.check(change(MemberStatus.FULL, MemberStatus.SUSPENDED, LocalDate.of(2016, 5, 19))))
			.isEqualTo(RuleResult.refused("member.error.statusBeforeCurrent", LocalDate.of(2016, 5, 19)));
		assertThat(rule.check(change(MemberStatus.FULL, MemberStatus.SUSPENDED, LocalDate.of(2010, 1, 1))).isRefused())
			.isTrue();
	}

	@Test
	void citesWhereItComesFrom() {
		assertThat(rule.regulation()).isNotBlank();
	}
}

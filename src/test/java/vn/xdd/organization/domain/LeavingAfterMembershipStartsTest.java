package vn.xdd.organization.domain;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.rule.RuleResult;

import static org.assertj.core.api.Assertions.assertThat;

class LeavingAfterMembershipStartsTest {

	final LeavingAfterMembershipStarts rule = new LeavingAfterMembershipStarts();

	@Test
	void leavingAfterTheMembershipBeganPasses() {
		assertThat(rule.check(new MemberRules.Leaving(LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1), List.of()))
			.isAllowed()).isTrue();
		assertThat(rule.check(new MemberRules.Leaving(LocalDate.of(2020, 1, 2), null, List.of())).isAllowed()).isTrue();
	}

	@Test
	void leavingOnItsFirstDayIsRefused() {
		assertThat(rule.check(new MemberRules.Leaving(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1), List.of())))
			.isEqualTo(RuleResult.refused("member.error.leaveBeforeMembership", LocalDate.of(2020, 1, 1)));
	}

	@Test
	void citesWhereItComesFrom() {
		assertThat(rule.regulation()).isNotBlank();
	}
}

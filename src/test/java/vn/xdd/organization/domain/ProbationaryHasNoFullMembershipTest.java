package vn.xdd.organization.domain;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.xdd.organization.MemberStatus;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.rule.RuleResult;

import static org.assertj.core.api.Assertions.assertThat;

class ProbationaryHasNoFullMembershipTest {

	final ProbationaryHasNoFullMembership rule = new ProbationaryHasNoFullMembership();

	@Test
	void aProbationaryRecordWithoutFullDatePasses() {
		assertThat(rule.check(new MemberRules.NewRecord(Records.probationary(), MemberStatus.PROBATIONARY)).isAllowed())
			.isTrue();
		assertThat(rule.check(new MemberRules.NewRecord(Records.full(), MemberStatus.FULL)).isAllowed()).isTrue();
	}

	@Test
	void aProbationaryRecordWithAFullDateIsRefused() {
		assertThat(rule.check(new MemberRules.NewRecord(Records.full(), MemberStatus.PROBATIONARY)))
			.isEqualTo(RuleResult.refused("member.error.probationaryWithFullDate"));
		assertThat(rule.field()).isEqualTo(MemberField.FULL_MEMBER_ON);
	}

	@Test
	void citesWhereItComesFrom() {
		assertThat(rule.regulation()).isNotBlank();
	}
}

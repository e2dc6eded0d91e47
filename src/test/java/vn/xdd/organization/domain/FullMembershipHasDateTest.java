package vn.xdd.organization.domain;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.xdd.organization.MemberStatus;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.rule.RuleResult;

import static org.assertj.core.api.Assertions.assertThat;

class FullMembershipHasDateTest {

	final FullMembershipHasDate rule = new FullMembershipHasDate();

	@Test
	void aFullMemberHasTheDate() {
		assertThat(rule.check(new MemberRules.NewRecord(Records.full(), MemberStatus.EXEMPTED)).isAllowed()).isTrue();
		assertThat(rule.check(new MemberRules.NewRecord(Records.probationary(), MemberStatus.PROBATIONARY)).isAllowed())
			.isTrue();
	}

	@Test
	void aFullMemberWithoutItIsRefused() {
		assertThat(rule.check(new MemberRules.NewRecord(Records.probationary(), MemberStatus.FULL)))
			.isEqualTo(RuleResult.refused("member.error.fullDateRequired"));
		assertThat(rule.field()).isEqualTo(MemberField.FULL_MEMBER_ON);
	}

	@Test
	void citesWhereItComesFrom() {
		assertThat(rule.regulation()).isNotBlank();
	}
}

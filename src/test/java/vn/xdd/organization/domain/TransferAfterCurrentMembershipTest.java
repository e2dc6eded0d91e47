package vn.xdd.organization.domain;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.xdd.organization.MemberStatus;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.rule.RuleResult;

import static org.assertj.core.api.Assertions.assertThat;

class TransferAfterCurrentMembershipTest {

	final TransferAfterCurrentMembership rule = new TransferAfterCurrentMembership();

	static MemberRules.Transfer transfer(MemberStatus status, long source, long target, LocalDate from,
			@org.jspecify.annotations.Nullable LocalDate membershipFrom) {
		return new MemberRules.Transfer(status, new OrgUnitId(source), new OrgUnitId(target), from, Records.TODAY,
				membershipFrom, List.of());
	}

	@Test
	void aTransferAfterTheMembershipBeganPasses() {
		assertThat(rule.check(transfer(MemberStatus.FULL, 1, 2, LocalDate.of(2020, 1, 2), LocalDate.of(2020, 1, 1)))
			.isAllowed()).isTrue();
	}

	@Test
	void onItsFirstDayOrBeforeIsRefused() {
		assertThat(rule.check(transfer(MemberStatus.FULL, 1, 2, LocalDate.of(2020, 1, 1), LocalDate.of(2020, 1, 1))))
			.isEqualTo(RuleResult.refused("member.error.transferBeforeCurrent", LocalDate.of(2020, 1, 1)));
	}

	@Test
	void withoutAMembershipTheMemberBelongsToNoChapter() {
		assertThat(rule.check(transfer(MemberStatus.FULL, 1, 2, LocalDate.of(2020, 1, 1), null)))
			.isEqualTo(RuleResult.refused("member.error.notInChapter", MemberStatus.FULL));
	}

	@Test
	void citesWhereItComesFrom() {
		assertThat(rule.regulation()).isNotBlank();
	}
}

package vn.xdd.organization.domain;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.xdd.organization.MemberStatus;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.rule.RuleResult;

import static org.assertj.core.api.Assertions.assertThat;

class TransferOnlyFromChapterTest {

	final TransferOnlyFromChapter rule = new TransferOnlyFromChapter();

	static MemberRules.Transfer transfer(MemberStatus status, long source, long target, LocalDate from,
			@org.jspecify.annotations.Nullable LocalDate membershipFrom) {
		return new MemberRules.Transfer(status, new OrgUnitId(source), new OrgUnitId(target), from, Records.TODAY,
				membershipFrom, List.of());
	}

	@Test
	void aMemberInAChapterIsTransferred() {
		assertThat(rule.check(transfer(MemberStatus.SUSPENDED, 1, 2, Records.TODAY, null)).isAllowed()).isTrue();
	}

	@Test
	void aMemberOutsideAnyChapterIsNot() {
		assertThat(rule.check(transfer(MemberStatus.TRANSFERRED_OUT, 1, 2, Records.TODAY, null)))
			.isEqualTo(RuleResult.refused("member.error.notInChapter", MemberStatus.TRANSFERRED_OUT));
	}

	@Test
	void citesWhereItComesFrom() {
		assertThat(rule.regulation()).isNotBlank();
	}
}

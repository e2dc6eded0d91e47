package vn.xdd.organization.domain;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.xdd.organization.MemberStatus;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.rule.RuleResult;

import static org.assertj.core.api.Assertions.assertThat;

class TransferToAnotherChapterTest {

	final TransferToAnotherChapter rule = new TransferToAnotherChapter();

	static MemberRules.Transfer transfer(MemberStatus status, long source, long target, LocalDate from,
			@org.jspecify.annotations.Nullable LocalDate membershipFrom) {
		return new MemberRules.Transfer(status, new OrgUnitId(source), new OrgUnitId(target), from, Records.TODAY,
				membershipFrom, List.of());
	}

	@Test
	void anotherChapterPasses() {
		assertThat(rule.check(transfer(MemberStatus.FULL, 1, 2, Records.TODAY, null)).isAllowed()).isTrue();
	}

	@Test
	void theSameChapterIsRefused() {
		assertThat(rule.check(transfer(MemberStatus.FULL, 1, 1, Records.TODAY, null)))
			.isEqualTo(RuleResult.refused("member.error.sameChapter"));
	}

	@Test
	void citesWhereItComesFrom() {
		assertThat(rule.regulation()).isNotBlank();
	}
}

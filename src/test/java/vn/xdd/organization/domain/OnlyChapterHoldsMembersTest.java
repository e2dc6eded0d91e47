package vn.xdd.organization.domain;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.rule.RuleResult;

import static org.assertj.core.api.Assertions.assertThat;

class OnlyChapterHoldsMembersTest {

	final OnlyChapterHoldsMembers rule = new OnlyChapterHoldsMembers();

	@Test
	void aChapterHoldsMembers() {
		assertThat(rule.check(new MemberRules.ChapterChoice("Chi bộ 1", true, true)).isAllowed()).isTrue();
	}

	@Test
	void aCommitteeDoesNot() {
		assertThat(rule.check(new MemberRules.ChapterChoice("Đảng ủy xã", false, true)))
			.isEqualTo(RuleResult.refused("member.error.notAChapter", "Đảng ủy xã"));
	}

	@Test
	void citesWhereItComesFrom() {
		assertThat(rule.regulation()).isNotBlank();
	}
}

package vn.xdd.organization.domain;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.xdd.organization.MemberStatus;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.rule.RuleResult;

import static org.assertj.core.api.Assertions.assertThat;

class StartsInChapterTest {

	final StartsInChapter rule = new StartsInChapter();

	@Test
	void aRecordStartsInAChapterStatus() {
		assertThat(rule.check(new MemberRules.NewRecord(Records.full(), MemberStatus.FULL)).isAllowed()).isTrue();
		assertThat(rule.check(new MemberRules.NewRecord(Records.full(), MemberStatus.SUSPENDED)).isAllowed()).isTrue();
	}

	@Test
	void notInAStatusOutsideAnyChapter() {
		assertThat(rule.check(new MemberRules.NewRecord(Records.full(), MemberStatus.DECEASED)))
			.isEqualTo(RuleResult.refused("member.error.statusNotInChapter"));
		assertThat(rule.field()).isEqualTo(MemberField.STATUS);
	}

	@Test
	void citesWhereItComesFrom() {
		assertThat(rule.regulation()).isNotBlank();
	}
}

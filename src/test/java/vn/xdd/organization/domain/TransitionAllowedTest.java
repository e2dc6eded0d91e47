package vn.xdd.organization.domain;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.xdd.organization.MemberStatus;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.rule.RuleResult;

import static org.assertj.core.api.Assertions.assertThat;

class TransitionAllowedTest {

	final TransitionAllowed rule = new TransitionAllowed();

	static MemberRules.StatusChange change(MemberStatus current, MemberStatus next, LocalDate from) {
		return new MemberRules.StatusChange(current, next, from, Records.TODAY, LocalDate.of(2016, 5, 19),
				LocalDate.of(2015, 5, 19), current == MemberStatus.PROBATIONARY ? null : LocalDate.of(2016, 5, 19));
	}

	@Test
	void aStatusMovesToOneOfItsNext() {
		assertThat(rule.check(change(MemberStatus.FULL, MemberStatus.SUSPENDED, Records.TODAY)).isAllowed()).isTrue();
	}

	@Test
	void notToAnother() {
		assertThat(rule.check(change(MemberStatus.DECEASED, MemberStatus.FULL, Records.TODAY)))
			.isEqualTo(RuleResult.refused("member.error.transitionNotAllowed", MemberStatus.DECEASED, MemberStatus.FULL));
		assertThat(rule.check(change(MemberStatus.PROBATIONARY, MemberStatus.EXPELLED, Records.TODAY)).isRefused()).isTrue();
	}

	@Test
	void citesWhereItComesFrom() {
		assertThat(rule.regulation()).isNotBlank();
	}
}

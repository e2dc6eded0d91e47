package vn.xdd.organization.domain;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.xdd.organization.MemberStatus;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.rule.RuleResult;

import static org.assertj.core.api.Assertions.assertThat;

class RecognitionFollowsProbationTest {

	final RecognitionFollowsProbation rule = new RecognitionFollowsProbation();

	@Test
	void aMemberOnceRecognisedComesBackAsFull() {
		assertThat(rule.check(new MemberRules.StatusChange(MemberStatus.SUSPENDED, MemberStatus.FULL, Records.TODAY,
				Records.TODAY, LocalDate.of(2020, 1, 1), LocalDate.of(2015, 5, 19), LocalDate.of(2016, 5, 19)))
			.isAllowed()).isTrue();
		assertThat(rule.check(new MemberRules.StatusChange(MemberStatus.PROBATIONARY, MemberStatus.FULL, Records.TODAY,
				Records.TODAY, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1), null)).isAllowed()).isTrue();
	}

	@Test
	void aMemberNeverRecognisedDoesNot() {
		assertThat(rule.check(new MemberRules.StatusChange(MemberStatus.SUSPENDED, MemberStatus.FULL, Records.TODAY,
				Records.TODAY, LocalDate.of(2020, 1, 1), LocalDate.of(2019, 5, 19), null)))
			.isEqualTo(RuleResult.refused("member.error.neverRecognised"));
	}

	@Test
	void citesWhereItComesFrom() {
		assertThat(rule.regulation()).isNotBlank();
	}
}

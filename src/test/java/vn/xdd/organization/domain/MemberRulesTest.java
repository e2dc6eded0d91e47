package vn.xdd.organization.domain;

import org.junit.jupiter.api.Test;

import vn.xdd.organization.MemberStatus;

import static org.assertj.core.api.Assertions.assertThat;

class MemberRulesTest {

	@Test
	void aNewRecordListsEveryFieldItBreaks() {
		assertThat(MemberRules.violations(MemberRules.NEW_RECORD,
				new MemberRules.NewRecord(Records.probationary(), MemberStatus.EXPELLED)))
			.containsExactly(new Violation(MemberField.STATUS, "member.error.statusNotInChapter"),
					new Violation(MemberField.FULL_MEMBER_ON, "member.error.fullDateRequired"));
	}

	@Test
	void bothTakenIdentifiersAreListed() {
		assertThat(MemberRules.violations(MemberRules.IDENTIFIERS,
				new MemberRules.Identifiers("12345678", true, "001085012345", true)))
			.containsExactly(new Violation(MemberField.PARTY_CARD_NO, "member.error.partyCardTaken", "12345678"),
					new Violation(MemberField.CITIZEN_ID, "member.error.citizenIdTaken", "001085012345"));
	}

	@Test
	void everyRuleCitesWhereItComesFrom() {
		for (var list : java.util.List.of(MemberRules.JOIN_CHAPTER, MemberRules.NEW_RECORD, MemberRules.IDENTIFIERS,
				MemberRules.CHANGE_STATUS, MemberRules.LEAVE_CHAPTER, MemberRules.TRANSFER)) {
			assertThat(list.rules()).allSatisfy(rule -> assertThat(rule.regulation()).isNotBlank());
		}
	}
}

package vn.xdd.organization.domain;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.rule.RuleResult;

import static org.assertj.core.api.Assertions.assertThat;

class PartyCardUniqueTest {

	final PartyCardUnique rule = new PartyCardUnique();

	@Test
	void aFreeOrAbsentNumberPasses() {
		assertThat(rule.check(new MemberRules.Identifiers("12345678", false, null, true)).isAllowed()).isTrue();
		assertThat(rule.check(new MemberRules.Identifiers(null, true, null, false)).isAllowed()).isTrue();
	}

	@Test
	void aTakenNumberIsRefused() {
		assertThat(rule.check(new MemberRules.Identifiers("12345678", true, null, false)))
			.isEqualTo(RuleResult.refused("member.error.partyCardTaken", "12345678"));
		assertThat(rule.field()).isEqualTo(MemberField.PARTY_CARD_NO);
	}

	@Test
	void citesWhereItComesFrom() {
		assertThat(rule.regulation()).isNotBlank();
	}
}

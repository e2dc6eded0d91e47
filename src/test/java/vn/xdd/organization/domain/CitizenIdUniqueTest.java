package vn.xdd.organization.domain;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.rule.RuleResult;

import static org.assertj.core.api.Assertions.assertThat;

class CitizenIdUniqueTest {

	final CitizenIdUnique rule = new CitizenIdUnique();

	@Test
	void aFreeOrAbsentIdPasses() {
		assertThat(rule.check(new MemberRules.Identifiers("12345678", true, "001085012345", false)).isAllowed()).isTrue();
		assertThat(rule.check(new MemberRules.Identifiers(null, false, null, true)).isAllowed()).isTrue();
	}

	@Test
	void aTakenIdIsRefused() {
		assertThat(rule.check(new MemberRules.Identifiers(null, false, "001085012345", true)))
			.isEqualTo(RuleResult.refused("member.error.citizenIdTaken", "001085012345"));
		assertThat(rule.field()).isEqualTo(MemberField.CITIZEN_ID);
	}

	@Test
	void citesWhereItComesFrom() {
		assertThat(rule.regulation()).isNotBlank();
	}
}

package vn.xdd.discipline.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.xdd.XddIntegrationTest;
import vn.xdd.discipline.domain.DefaultAuthority;
import vn.xdd.discipline.domain.DefaultRuleSets;
import vn.xdd.discipline.domain.DisciplineRuleSets;

/** The rule sets the application reads from its tables are the figures of discipline.md, as the rule tests know them. */
@XddIntegrationTest
class DisciplineRuleSetsSeedTest {

	@Autowired
	JdbcDisciplineRules rules;

	@Test
	void theSeededRuleSetsAreTheOnesOfTheDomainNotes() {
		DisciplineRuleSets seeded = rules.ruleSets();
		assertThat(seeded.discipline()).containsExactlyInAnyOrderElementsOf(DefaultRuleSets.all().discipline());
		assertThat(seeded.planningBars()).containsExactlyInAnyOrderElementsOf(DefaultRuleSets.all().planningBars());
	}

	@Test
	void theSeededAuthorityTableIsTheOneOfTheDomainNotes() {
		assertThat(rules.authority()).containsExactlyElementsOf(DefaultAuthority.LINES);
	}

	@Test
	void theFixedHolidaysAreNotWorkingDays() {
		assertThat(rules.workingDays().isWorkingDay(LocalDate.of(2026, 9, 2))).isFalse();
		assertThat(rules.workingDays().isWorkingDay(LocalDate.of(2026, 9, 3))).isTrue();
	}
}

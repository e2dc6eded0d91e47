package vn.xdd.discipline.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import vn.xdd.discipline.DisciplineForm;
import vn.xdd.discipline.SubjectKind;
import vn.xdd.shared.rule.Label;
import vn.xdd.shared.rule.RuleResult;

class FormFitsSubjectTest {

	private final FormFitsSubject rule = new FormFitsSubject();

	private RuleResult judge(SubjectKind subject, DisciplineForm form) {
		return rule.check(Proposals.of(subject, form, 1, Proposals.ordinary(Proposals.DAY.minusMonths(2))));
	}

	@Test
	void aProbationaryMemberIsOnlyReprimandedOrWarned() {
		assertThat(judge(SubjectKind.PROBATIONARY_MEMBER, DisciplineForm.REPRIMAND).isAllowed()).isTrue();
		assertThat(judge(SubjectKind.PROBATIONARY_MEMBER, DisciplineForm.WARNING).isAllowed()).isTrue();
		assertThat(judge(SubjectKind.PROBATIONARY_MEMBER, DisciplineForm.REMOVAL_FROM_POST))
				.isEqualTo(RuleResult.refused("discipline.error.formNotForSubject", Label.of("disciplineForm.REMOVAL_FROM_POST"),
						Label.of("disciplineSubject.PROBATIONARY_MEMBER"), DefaultRuleSets.QD69_2022.citation()));
		assertThat(judge(SubjectKind.PROBATIONARY_MEMBER, DisciplineForm.EXPULSION).isRefused()).isTrue();
	}

	@Test
	void aFullMemberIsNeverDissolvedAndAnOrganisationNeverExpelled() {
		assertThat(judge(SubjectKind.FULL_MEMBER, DisciplineForm.EXPULSION).isAllowed()).isTrue();
		assertThat(judge(SubjectKind.FULL_MEMBER, DisciplineForm.DISSOLUTION).isRefused()).isTrue();
		assertThat(judge(SubjectKind.ORGANIZATION, DisciplineForm.DISSOLUTION).isAllowed()).isTrue();
		assertThat(judge(SubjectKind.ORGANIZATION, DisciplineForm.EXPULSION).isRefused()).isTrue();
		assertThat(judge(SubjectKind.ORGANIZATION, DisciplineForm.REMOVAL_FROM_POST).isRefused()).isTrue();
	}

	@Test
	void theOrganisationRuleSetOf2018HasNoMemberForms() {
		ProposedDiscipline member = new ProposedDiscipline(SubjectKind.FULL_MEMBER, false, false, DisciplineForm.REPRIMAND,
				java.util.List.of(), DefaultRuleSets.QD07_2018, 1, DefaultAuthority.LINES, Proposals.DAY);
		assertThat(rule.check(member).isRefused()).isTrue();
	}
}

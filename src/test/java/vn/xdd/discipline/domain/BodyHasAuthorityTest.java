package vn.xdd.discipline.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.xdd.discipline.DisciplineForm;
import vn.xdd.discipline.SubjectKind;
import vn.xdd.discipline.ViolationCategory;
import vn.xdd.shared.rule.Label;
import vn.xdd.shared.rule.RuleResult;

class BodyHasAuthorityTest {

	private final BodyHasAuthority rule = new BodyHasAuthority();

	private final Violation ordinary = Proposals.ordinary(Proposals.DAY.minusMonths(3));

	@Test
	void aChapterReprimandsAndWarnsItsOwnMembers() {
		assertThat(rule.check(Proposals.of(SubjectKind.FULL_MEMBER, DisciplineForm.REPRIMAND, 0, ordinary)).isAllowed()).isTrue();
		assertThat(rule.check(Proposals.of(SubjectKind.PROBATIONARY_MEMBER, DisciplineForm.WARNING, 0, ordinary)).isAllowed())
				.isTrue();
	}

	@Test
	void removalFromPostAndExpulsionAreDecidedAboveTheChapter() {
		assertThat(rule.check(Proposals.holdingPost(DisciplineForm.REMOVAL_FROM_POST, 0, ordinary)))
				.isEqualTo(RuleResult.refused("discipline.error.noAuthority", Label.of("disciplineForm.REMOVAL_FROM_POST"),
						Label.of("disciplineSubject.FULL_MEMBER")));
		assertThat(rule.check(Proposals.of(SubjectKind.FULL_MEMBER, DisciplineForm.EXPULSION, 0, ordinary)).isRefused()).isTrue();
		assertThat(rule.check(Proposals.holdingPost(DisciplineForm.REMOVAL_FROM_POST, 1, ordinary)).isAllowed()).isTrue();
		assertThat(rule.check(Proposals.of(SubjectKind.FULL_MEMBER, DisciplineForm.EXPULSION, 2, ordinary)).isAllowed()).isTrue();
	}

	@Test
	void aChapterDoesNotDisciplineForATaskAssignedByAHigherLevel() {
		Violation task = new Violation("Không hoàn thành nhiệm vụ cấp trên giao", null, Proposals.DAY.minusMonths(3),
				ViolationCategory.ORDINARY, "Điều 8", true);
		assertThat(rule.check(Proposals.of(SubjectKind.FULL_MEMBER, DisciplineForm.REPRIMAND, 0, task)))
				.isEqualTo(RuleResult.refused("discipline.error.higherLevelTask", Label.of("disciplineForm.REPRIMAND")));
		assertThat(rule.check(Proposals.of(SubjectKind.FULL_MEMBER, DisciplineForm.REPRIMAND, 1, task)).isAllowed()).isTrue();
	}

	@Test
	void anOrganisationIsDisciplinedByTheLevelAboveIt() {
		assertThat(rule.check(Proposals.of(SubjectKind.ORGANIZATION, DisciplineForm.WARNING, 0, ordinary)).isRefused()).isTrue();
		assertThat(rule.check(Proposals.of(SubjectKind.ORGANIZATION, DisciplineForm.WARNING, 1, ordinary)).isAllowed()).isTrue();
	}

	@Test
	void theTableIsData() {
		AuthorityGrant chapterMayRemove = new AuthorityGrant(SubjectKind.FULL_MEMBER, 0, 0,
				java.util.EnumSet.of(DisciplineForm.REMOVAL_FROM_POST), true, false, "cấu hình", false);
		ProposedDiscipline ordinaryMember = new ProposedDiscipline(SubjectKind.FULL_MEMBER, true, false,
				DisciplineForm.REMOVAL_FROM_POST, List.of(ordinary), DefaultRuleSets.QD69_2022, 0, List.of(chapterMayRemove),
				Proposals.DAY);
		ProposedDiscipline committeeMember = new ProposedDiscipline(SubjectKind.FULL_MEMBER, true, true,
				DisciplineForm.REMOVAL_FROM_POST, List.of(ordinary), DefaultRuleSets.QD69_2022, 0, List.of(chapterMayRemove),
				Proposals.DAY);
		assertThat(rule.check(ordinaryMember).isAllowed()).isTrue();
		assertThat(rule.check(committeeMember).isRefused()).isTrue();
	}
}

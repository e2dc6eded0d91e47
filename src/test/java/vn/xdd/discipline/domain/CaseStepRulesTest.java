package vn.xdd.discipline.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.xdd.discipline.ComplaintOutcome;
import vn.xdd.discipline.DisciplineForm;
import vn.xdd.discipline.SubjectKind;
import vn.xdd.shared.rule.RuleResult;

/** The rules of opening a case, recording a violation, the days of a decision and the ruling on a complaint. */
class CaseStepRulesTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	private static CaseOpeningFacts opening(LocalDate day, boolean member, boolean inChapter, boolean within) {
		return new CaseOpeningFacts(day, TODAY, member, inChapter, within);
	}

	@Test
	void aCaseIsOpenedTodayOrBeforeAgainstAMemberOfAChapterUnderTheOpener() {
		assertThat(CaseOpenings.OPEN.check(opening(TODAY, true, true, true)).isAllowed()).isTrue();
		assertThat(new OpenedNotInFuture().check(opening(TODAY.plusDays(1), true, true, true)))
			.isEqualTo(RuleResult.refused("discipline.error.openedInFuture", "16/06/2026"));
		assertThat(new SubjectInChapter().check(opening(TODAY, true, false, true)))
			.isEqualTo(RuleResult.refused("discipline.error.subjectNotMember"));
		assertThat(new SubjectInChapter().check(opening(TODAY, false, false, true)).isAllowed())
			.as("an organisation belongs to no chapter")
			.isTrue();
		assertThat(new SubjectWithinOpener().check(opening(TODAY, true, true, false)))
			.isEqualTo(RuleResult.refused("discipline.error.subjectOutsideOpener"));
		assertThat(CaseOpenings.OPEN.refusals(opening(TODAY.plusDays(3), true, false, false))).hasSize(3);
	}

	@Test
	void aViolationIsAddedBeforeTheDecisionAndNotInTheFuture() {
		assertThat(ViolationRecords.RECORD.check(new ViolationEntry(TODAY, TODAY, false)).isAllowed()).isTrue();
		assertThat(new ViolationsBeforeDecision().check(new ViolationEntry(TODAY, TODAY, true)))
			.isEqualTo(RuleResult.refused("discipline.error.violationAfterDecision"));
		assertThat(new CommittedNotInFuture().check(new ViolationEntry(TODAY.plusDays(1), TODAY, false)))
			.isEqualTo(RuleResult.refused("discipline.error.committedInFuture", "16/06/2026"));
	}

	@Test
	void theDaysOfADecisionFollowTheProcedure() {
		LocalDate opened = TODAY.minusDays(30);
		DecisionDaysInOrder rule = new DecisionDaysInOrder();
		assertThat(rule.check(new DecisionDays(opened, null, opened, opened, opened, TODAY)).isAllowed()).isTrue();
		assertThat(rule.check(new DecisionDays(opened, null, opened.minusDays(1), opened, opened, TODAY)))
			.isEqualTo(RuleResult.refused("discipline.error.concludedBeforeOpening", "16/05/2026"));
		assertThat(rule.check(new DecisionDays(opened, null, TODAY, TODAY.minusDays(1), TODAY, TODAY)))
			.isEqualTo(RuleResult.refused("discipline.error.decidedBeforeConclusion", "15/06/2026"));
		assertThat(rule.check(new DecisionDays(opened, null, opened, TODAY, TODAY.minusDays(1), TODAY)))
			.isEqualTo(RuleResult.refused("discipline.error.announcedBeforeDecision", "15/06/2026"));
		assertThat(rule.check(new DecisionDays(opened, null, opened, opened, TODAY.plusDays(1), TODAY)))
			.isEqualTo(RuleResult.refused("discipline.error.dayInFuture", "16/06/2026"));
		assertThat(rule.check(new DecisionDays(opened, TODAY, TODAY.minusDays(1), TODAY, TODAY, TODAY)))
			.isEqualTo(RuleResult.refused("discipline.error.concludedBeforeProposal", "15/06/2026"));
		assertThat(rule.check(new DecisionDays(opened, TODAY, TODAY, TODAY, TODAY, TODAY)).isAllowed()).isTrue();
	}

	@Test
	void aFormIsProposedOnlyForRecordedViolations() {
		ProposedDiscipline none = Proposals.of(SubjectKind.FULL_MEMBER, DisciplineForm.REPRIMAND, 0);
		assertThat(new CaseHasViolation().check(none)).isEqualTo(RuleResult.refused("discipline.error.noViolation"));
		ProposedDiscipline one = Proposals.of(SubjectKind.FULL_MEMBER, DisciplineForm.REPRIMAND, 0,
				Proposals.ordinary(Proposals.DAY.minusDays(10)));
		assertThat(new CaseHasViolation().check(one).isAllowed()).isTrue();
		assertThat(Sanctioning.PROPOSAL.check(none)).isEqualTo(RuleResult.refused("discipline.error.noViolation"));
		assertThat(Sanctioning.DECISION.rules().get(0)).isInstanceOf(CaseHasViolation.class);
	}

	@Test
	void aChangeNamesAnotherFormAndARulingComesAfterTheComplaint() {
		LocalDate filed = TODAY.minusDays(5);
		ChangeNamesAnotherForm change = new ChangeNamesAnotherForm();
		assertThat(change.check(ruling(ComplaintOutcome.CHANGED, DisciplineForm.REPRIMAND, TODAY)).isAllowed()).isTrue();
		assertThat(change.check(ruling(ComplaintOutcome.CHANGED, DisciplineForm.WARNING, TODAY)))
			.isEqualTo(RuleResult.refused("discipline.error.changedFormRequired",
					vn.xdd.shared.rule.Label.of("disciplineForm.WARNING")));
		assertThat(change.check(ruling(ComplaintOutcome.CHANGED, null, TODAY)).isRefused()).isTrue();
		assertThat(change.check(ruling(ComplaintOutcome.UPHELD, DisciplineForm.REPRIMAND, TODAY)))
			.isEqualTo(RuleResult.refused("discipline.error.changedFormOnlyWhenChanged"));
		assertThat(change.check(ruling(ComplaintOutcome.ANNULLED, null, TODAY)).isAllowed()).isTrue();

		RuledAfterFiling after = new RuledAfterFiling();
		assertThat(after.check(ruling(ComplaintOutcome.UPHELD, null, filed)).isAllowed()).isTrue();
		assertThat(after.check(ruling(ComplaintOutcome.UPHELD, null, filed.minusDays(1))))
			.isEqualTo(RuleResult.refused("discipline.error.ruledBeforeFiling", "10/06/2026"));
		assertThat(after.check(ruling(ComplaintOutcome.UPHELD, null, TODAY.plusDays(1))).isRefused()).isTrue();
	}

	private static RulingFacts ruling(ComplaintOutcome outcome, DisciplineForm changedTo, LocalDate ruledOn) {
		return new RulingFacts(outcome, DisciplineForm.WARNING, changedTo, TODAY.minusDays(5), ruledOn, TODAY);
	}

	@Test
	void aRecordedVoteCarriesTheFormWithMoreThanHalfOfTheMembers() {
		VoteCarriesTheForm rule = new VoteCarriesTheForm();
		assertThat(rule.check(new vn.xdd.discipline.Vote(7, 4, 3)).isAllowed()).isTrue();
		assertThat(rule.check(new vn.xdd.discipline.Vote(8, 4, 1)))
			.isEqualTo(RuleResult.refused("discipline.error.voteNotCarried", 4, 8));
		assertThat(rule.check(new vn.xdd.discipline.Vote(5, 4, 2)))
			.isEqualTo(RuleResult.refused("discipline.error.voteDoesNotAddUp", 5));
		assertThat(rule.check(new vn.xdd.discipline.Vote(0, 0, 0)).isRefused()).isTrue();
		assertThat(rule.regulation()).contains("quá nửa");
	}

	@Test
	void everyNewRuleCitesItsRegulation() {
		assertThat(java.util.List.of(new OpenedNotInFuture(), new SubjectInChapter(), new SubjectWithinOpener(),
				new ViolationsBeforeDecision(), new CommittedNotInFuture(), new DecisionDaysInOrder(),
				new CaseHasViolation(), new ChangeNamesAnotherForm(), new RuledAfterFiling()))
			.allSatisfy(rule -> assertThat(((vn.xdd.shared.rule.Rule<?>) rule).regulation()).isNotBlank());
	}
}

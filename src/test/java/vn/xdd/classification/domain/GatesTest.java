package vn.xdd.classification.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import vn.xdd.classification.Grade;
import vn.xdd.classification.Level;
import vn.xdd.classification.NotEvaluated;
import vn.xdd.classification.Stage;
import vn.xdd.classification.SubjectKind;
import vn.xdd.classification.TaskFigures;
import vn.xdd.classification.Wording;
import vn.xdd.discipline.CaseId;
import vn.xdd.discipline.DisciplineForm;
import vn.xdd.discipline.Sanction;
import vn.xdd.organization.MemberId;
import vn.xdd.review.RemediationShare;
import vn.xdd.shared.rule.RuleResult;

/** Every gate and rule set, at its boundaries. */
class GatesTest {

	static RuleSet qd366() {
		return new RuleSet("QD366_2025", "Quy định 366-QĐ/TW", 2025, null, Wording.HTNV, RuleSet.Scale.POINTS, 90, 70, 50,
				30, 20, null, 6, true, true, true, false, null, false, false, true, true, 20, false, "", 0);
	}

	static RuleSet qd132() {
		return new RuleSet("QD132_2019", "Quy định 132-QĐ/TW", 2019, 2022, Wording.HTNV, RuleSet.Scale.NONE, null, null, null,
				null, null, 50, null, true, false, true, true, 80, false, false, true, true, 20, true, "", 0);
	}

	static RuleSet qd124() {
		return new RuleSet("QD124_2023", "Quy định 124-QĐ/TW", 2023, 2024, Wording.HTNV, RuleSet.Scale.GRADES, null, null,
				null, 50, null, 50, 6, true, false, true, false, null, false, true, false, true, 20, false, "", 0);
	}

	static RuleSet hd27() {
		return new RuleSet("HD27_2014", "Hướng dẫn 27-HD/BTCTW", 2014, 2017, Wording.TSVM, RuleSet.Scale.POINTS, 90, 70, 50,
				null, null, null, null, false, false, false, false, null, true, false, false, false, 20, false, "", 0);
	}

	static RuleSet hd20() {
		return new RuleSet("HD20_2008", "Hướng dẫn 20-HD/BTCTW", 2008, 2013, Wording.TSVM, RuleSet.Scale.NONE, null, null,
				null, null, null, null, null, false, false, false, false, null, false, false, false, false, 20, false, "", 0);
	}

	static final TaskFigures ALL_ON_TIME = new TaskFigures(10, 10, 10, 3, 0);

	static Facts member(RuleSet rules) {
		return new Facts(rules, SubjectKind.MEMBER);
	}

	static Facts organization(RuleSet rules) {
		return new Facts(rules, SubjectKind.ORGANIZATION);
	}

	/** A builder of facts: everything passes unless a test says otherwise. */
	static final class Facts {

		RuleSet rules;

		SubjectKind kind;

		Frame frame;

		@Nullable NotEvaluated notEvaluated;

		boolean committee;

		@Nullable Integer score = 95;

		Map<String, Grade> grades = Map.of();

		TaskFigures tasks = ALL_ON_TIME;

		@Nullable Level state;

		List<Sanction> sanctions = List.of();

		@Nullable RemediationShare earlier = new RemediationShare(2, 2, 0);

		List<Sanction> leadership = List.of();

		List<Level> below = List.of();

		long groupExcellent;

		long groupGood = 9;

		Facts(RuleSet rules, SubjectKind kind) {
			this.rules = rules;
			this.kind = kind;
			this.frame = kind == SubjectKind.MEMBER ? Frame.INDIVIDUAL : Frame.COLLECTIVE;
		}

		ProposalFacts build() {
			return new ProposalFacts(rules, kind, frame, notEvaluated, committee, score, grades, Map.of("TASKS", "Kết quả"),
					tasks, state, sanctions, earlier, leadership, below, groupExcellent, groupGood);
		}

		List<Gates.Failure> failures(Level level) {
			return Gates.failures(build(), level);
		}

		List<String> keys(Level level) {
			return failures(level).stream().map(f -> f.refusal().messageKey()).toList();
		}
	}

	static Sanction warning() {
		return new Sanction(new CaseId(7), new MemberId(3), null, DisciplineForm.WARNING, "12-QĐ/UBKT", LocalDate.of(2025, 5, 4),
				LocalDate.of(2025, 5, 4), null, null);
	}

	@Test
	void theRuleSetOfEachYearSpeaksItsWords() {
		List<RuleSet> sets = List.of(hd20(), hd27(), qd132(), qd124(), qd366());
		assertThat(RuleSet.forYear(sets, 2012).orElseThrow().wording()).isEqualTo(Wording.TSVM);
		assertThat(RuleSet.forYear(sets, 2012).orElseThrow().wording().messageKey(Level.EXCELLENT, SubjectKind.ORGANIZATION))
			.isEqualTo("classificationLevel.TSVM.ORGANIZATION.EXCELLENT");
		assertThat(RuleSet.forYear(sets, 2025).orElseThrow().code()).isEqualTo("QD366_2025");
		assertThat(RuleSet.forYear(sets, 2030).orElseThrow().code()).isEqualTo("QD366_2025");
		assertThat(RuleSet.forYear(sets, 2023).orElseThrow().code()).isEqualTo("QD124_2023");
		assertThat(RuleSet.forYear(sets, 2017).orElseThrow().code()).isEqualTo("HD27_2014");
		assertThat(RuleSet.forYear(sets, 2007)).isEmpty();
	}

	@Test
	void scoreBandsAtTheirBoundaries() {
		Facts f = member(qd366());
		f.score = 90;
		assertThat(f.keys(Level.EXCELLENT)).isEmpty();
		f.score = 89;
		assertThat(f.keys(Level.EXCELLENT)).containsExactly("classification.gate.score");
		assertThat(f.keys(Level.GOOD)).isEmpty();
		f.score = 70;
		assertThat(f.keys(Level.GOOD)).isEmpty();
		f.score = 69;
		assertThat(f.keys(Level.GOOD)).containsExactly("classification.gate.score");
		assertThat(f.keys(Level.COMPLETED)).isEmpty();
		f.score = 50;
		assertThat(f.keys(Level.COMPLETED)).isEmpty();
		f.score = 49;
		assertThat(f.keys(Level.COMPLETED)).containsExactly("classification.gate.score");
		assertThat(f.keys(Level.NOT_COMPLETED)).isEmpty();
		assertThat(Gates.highestAllowed(f.build())).isEqualTo(Level.NOT_COMPLETED);
		f.score = null;
		assertThat(f.keys(Level.GOOD)).containsExactly("classification.gate.noScore");
	}

	@Test
	void hd27WeakBelowFiftyPointsAndBySubordinates() {
		Facts f = organization(hd27());
		f.score = 49;
		assertThat(f.keys(Level.COMPLETED)).containsExactly("classification.gate.score");
		f.score = 60;
		f.below = List.of(Level.NOT_COMPLETED, Level.NOT_COMPLETED, Level.GOOD, Level.GOOD);
		assertThat(f.keys(Level.COMPLETED)).isEmpty();
		f.below = List.of(Level.NOT_COMPLETED, Level.NOT_COMPLETED, Level.NOT_COMPLETED, Level.GOOD, Level.GOOD);
		assertThat(f.keys(Level.COMPLETED)).containsExactly("classification.gate.weakChapter");
		f.committee = true;
		f.below = List.of(Level.NOT_COMPLETED, Level.GOOD, Level.GOOD);
		assertThat(f.keys(Level.COMPLETED)).isEmpty();
		f.below = List.of(Level.NOT_COMPLETED, Level.NOT_COMPLETED, Level.GOOD, Level.GOOD);
		assertThat(f.keys(Level.COMPLETED)).containsExactly("classification.gate.weakCommittee");
	}

	@Test
	void disciplinedInTheYearMeansNotCompletedNamingTheDecision() {
		Facts f = member(qd366());
		f.sanctions = List.of(warning());
		List<Gates.Failure> failures = f.failures(Level.COMPLETED);
		assertThat(failures).hasSize(1);
		RuleResult.Refused refusal = failures.get(0).refusal();
		assertThat(refusal.messageKey()).isEqualTo("classification.gate.disciplined");
		assertThat(refusal.cause()).isEqualTo(RuleResult.Cause.of("DISCIPLINE_CASE", 7));
		assertThat(refusal.arguments()).contains("12-QĐ/UBKT", "04/05/2025");
		assertThat(failures.get(0).overrulable()).isFalse();
		assertThat(f.keys(Level.NOT_COMPLETED)).isEmpty();
		// the 2008 guidance knows no such gate (not confirmed): it lets the level through
		Facts old = member(hd20());
		old.sanctions = List.of(warning());
		assertThat(old.keys(Level.GOOD)).isEmpty();
	}

	@Test
	void earlierShortcomingsNotRemediedBarExcellentOnly() {
		Facts f = member(qd366());
		f.earlier = new RemediationShare(4, 3, 1);
		assertThat(f.keys(Level.EXCELLENT)).containsExactly("classification.gate.earlierShortcomings");
		assertThat(f.keys(Level.GOOD)).isEmpty();
		f.earlier = new RemediationShare(4, 4, 0);
		assertThat(f.keys(Level.EXCELLENT)).isEmpty();
	}

	@Test
	void tasksOnTimeAndExceededAtTheirBoundaries() {
		Facts f = member(qd366());
		f.tasks = new TaskFigures(10, 10, 10, 3, 0);
		assertThat(f.keys(Level.EXCELLENT)).isEmpty();
		f.tasks = new TaskFigures(10, 10, 10, 2, 0);
		assertThat(f.keys(Level.EXCELLENT)).containsExactly("classification.gate.tasksExceeded");
		assertThat(f.keys(Level.GOOD)).isEmpty();
		f.tasks = new TaskFigures(10, 10, 9, 5, 1);
		assertThat(f.keys(Level.EXCELLENT)).containsExactly("classification.gate.tasksOnTime");
		assertThat(f.keys(Level.GOOD)).containsExactly("classification.gate.tasksOnTime");
		assertThat(f.keys(Level.COMPLETED)).isEmpty();
		// a collective at ‘completed’: all done, at most 20% behind
		Facts c = organization(qd366());
		c.tasks = new TaskFigures(10, 10, 8, 0, 2);
		assertThat(c.keys(Level.COMPLETED)).isEmpty();
		c.tasks = new TaskFigures(10, 10, 7, 0, 3);
		assertThat(c.keys(Level.COMPLETED)).containsExactly("classification.gate.tasksBehind");
		c.tasks = new TaskFigures(10, 9, 9, 0, 0);
		assertThat(c.keys(Level.COMPLETED)).containsExactly("classification.gate.tasksAllDone");
		c.tasks = TaskFigures.UNKNOWN;
		assertThat(c.keys(Level.COMPLETED)).containsExactly("classification.gate.noTasks");
	}

	@Test
	void belowHalfTheTargetsIsNotCompletedUnder132() {
		Facts f = member(qd132());
		f.tasks = new TaskFigures(10, 5, 5, 0, 0);
		assertThat(f.keys(Level.COMPLETED)).isEmpty();
		f.tasks = new TaskFigures(10, 4, 4, 0, 0);
		assertThat(f.keys(Level.COMPLETED)).containsExactly("classification.gate.tasksDone");
	}

	@Test
	void qd132OrganisationNeedsAllCompletedAndEightyPercentGood() {
		Facts f = organization(qd132());
		f.below = List.of(Level.GOOD, Level.GOOD, Level.EXCELLENT, Level.GOOD, Level.COMPLETED);
		assertThat(f.keys(Level.EXCELLENT)).isEmpty();
		f.below = List.of(Level.GOOD, Level.GOOD, Level.EXCELLENT, Level.COMPLETED, Level.COMPLETED);
		assertThat(f.keys(Level.EXCELLENT)).containsExactly("classification.gate.belowGoodShare");
		f.below = List.of(Level.GOOD, Level.GOOD, Level.EXCELLENT, Level.GOOD, Level.NOT_COMPLETED);
		assertThat(f.keys(Level.EXCELLENT)).containsExactly("classification.gate.belowNotCompleted");
		assertThat(f.keys(Level.GOOD)).isEmpty();
	}

	@Test
	void aPoorGradeUnder124IsNotCompleted() {
		Facts f = member(qd124());
		f.grades = Map.of("TASKS", Grade.POOR);
		assertThat(f.keys(Level.COMPLETED)).containsExactly("classification.gate.poorGrade");
		assertThat(f.failures(Level.COMPLETED).get(0).refusal().arguments()).containsExactly("Kết quả");
		f.grades = Map.of("TASKS", Grade.AVERAGE);
		assertThat(f.keys(Level.COMPLETED)).isEmpty();
	}

	@Test
	void quotaAtTwentyPercentExactly() {
		Facts f = member(qd366());
		f.groupExcellent = 0;
		f.groupGood = 4;
		assertThat(f.keys(Level.EXCELLENT)).isEmpty();
		f.groupGood = 3;
		assertThat(f.failures(Level.EXCELLENT)).singleElement()
			.satisfies(failure -> {
				assertThat(failure.refusal().messageKey()).isEqualTo("classification.gate.quota");
				assertThat(failure.overrulable()).isTrue();
			});
		assertThat(QuotaNotExceeded.overQuota(2, 10, 20)).isFalse();
		assertThat(QuotaNotExceeded.overQuota(3, 10, 20)).isTrue();
		Facts off = member(qd366().withSettings(new RuleSet.Settings(90, 70, 50, 30, 20, null, 6, true, false, 20)));
		off.groupGood = 0;
		assertThat(off.keys(Level.EXCELLENT)).isEmpty();
	}

	@Test
	void aDisciplinedLeaderOfTheCollectiveBarsExcellentUnlessOverruledWithAReason() {
		Facts f = organization(qd366());
		f.leadership = List.of(warning());
		assertThat(f.keys(Level.EXCELLENT)).containsExactly("classification.gate.leadershipDisciplined");
		assertThat(f.keys(Level.GOOD)).isEmpty();
		ProposalFacts facts = f.build();
		assertThat(Choosing.APPRAISAL.check(new LevelChoice(facts, Level.EXCELLENT, Level.EXCELLENT, "", "")))
			.isEqualTo(RuleResult.refused("classification.error.overruleNeedsReason"));
		assertThat(Choosing.APPRAISAL.allows(new LevelChoice(facts, Level.EXCELLENT, Level.EXCELLENT, "",
				"Tự phát hiện và khắc phục xong trong năm"))).isTrue();
		// a gate that may not be overruled stays shut whatever the reason
		Facts d = member(qd366());
		d.sanctions = List.of(warning());
		assertThat(Choosing.APPRAISAL.check(new LevelChoice(d.build(), Level.GOOD, Level.GOOD, "", "lý do")).isRefused())
			.isTrue();
	}

	@Test
	void aChangeFromTheProposalNeedsItsReason() {
		ProposalFacts facts = member(qd366()).build();
		assertThat(Choosing.APPRAISAL.check(new LevelChoice(facts, Level.EXCELLENT, Level.GOOD, " ", "")))
			.isEqualTo(RuleResult.refused("classification.error.changeNeedsReason"));
		assertThat(Choosing.APPRAISAL.allows(new LevelChoice(facts, Level.EXCELLENT, Level.GOOD,
				"hạ từ hoàn thành xuất sắc xuống hoàn thành tốt nhiệm vụ: chưa có nhiệm vụ vượt mức", ""))).isTrue();
		assertThat(Choosing.APPRAISAL.allows(new LevelChoice(facts, Level.GOOD, Level.GOOD, "", ""))).isTrue();
	}

	@Test
	void theStateEvaluationOfACivilServantFeedsTheGates() {
		Facts f = member(qd366());
		f.state = Level.NOT_COMPLETED;
		assertThat(f.keys(Level.COMPLETED)).containsExactly("classification.gate.stateNotCompleted");
		f.state = Level.GOOD;
		assertThat(f.keys(Level.EXCELLENT)).containsExactly("classification.gate.stateNotExcellent");
		assertThat(f.keys(Level.GOOD)).isEmpty();
	}

	@Test
	void sixMonthsAfterAdmissionExactlyIsEvaluatedFrom2023() {
		LocalDate yearEnd = LocalDate.of(2025, 12, 31);
		// 30/6 to 31/12 is six months exactly; from 1/7 it is less
		assertThat(Evaluated.reason(qd366(), "FULL", LocalDate.of(2025, 6, 30), yearEnd)).isNull();
		assertThat(Evaluated.reason(qd366(), "PROBATIONARY", LocalDate.of(2025, 7, 1), yearEnd))
			.isEqualTo(NotEvaluated.ADMITTED_RECENTLY);
		assertThat(Evaluated.reason(qd132(), "PROBATIONARY", LocalDate.of(2021, 12, 1), LocalDate.of(2021, 12, 31))).isNull();
		assertThat(Evaluated.reason(qd132(), "EXEMPTED", null, yearEnd)).isEqualTo(NotEvaluated.EXEMPTED);
		assertThat(Evaluated.reason(qd366(), "SUSPENDED", null, yearEnd)).isEqualTo(NotEvaluated.SUSPENDED);
		Facts f = member(qd366());
		f.notEvaluated = NotEvaluated.ADMITTED_RECENTLY;
		assertThat(f.keys(Level.NOT_COMPLETED)).containsExactly("classification.gate.notEvaluated");
		assertThat(Gates.highestAllowed(f.build())).isNull();
	}

	@Test
	void stepsComeInOrderAndAPublishedRoundTakesOnlyARedo() {
		assertThat(RoundSteps.MOVE.allows(new StageMove(StageMove.Step.SELF, Stage.AWAITING, true))).isTrue();
		assertThat(RoundSteps.MOVE.allows(new StageMove(StageMove.Step.APPRAISE, Stage.SELF_ASSESSED, true))).isFalse();
		assertThat(RoundSteps.MOVE.allows(new StageMove(StageMove.Step.DECIDE, Stage.APPRAISED, true))).isTrue();
		assertThat(RoundSteps.MOVE.allows(new StageMove(StageMove.Step.SELF, Stage.DECIDED, true))).isFalse();
		assertThat(RoundSteps.MOVE.check(new StageMove(StageMove.Step.SELF, Stage.AWAITING, false)))
			.isEqualTo(RuleResult.refused("classification.error.roundPublished"));
		assertThat(RoundSteps.MOVE.allows(new StageMove(StageMove.Step.REDO, Stage.DECIDED, false))).isTrue();
		assertThat(RoundSteps.MOVE.allows(new StageMove(StageMove.Step.APPRAISE, Stage.COMMENTED, false, true))).isTrue();
		assertThat(RoundSteps.MOVE.allows(new StageMove(StageMove.Step.APPRAISE, Stage.COMMENTED, false, false))).isFalse();
	}

	@Test
	void aRoundOnlyForAGovernedYearNotAhead() {
		assertThat(Rounds.OPEN.check(new RoundRequest(2027, java.util.Optional.of(qd366()), 2026)))
			.isEqualTo(RuleResult.refused("classification.error.futureYear", "2027"));
		assertThat(Rounds.OPEN.check(new RoundRequest(2005, java.util.Optional.empty(), 2026)))
			.isEqualTo(RuleResult.refused("classification.error.noRuleSet", "2005"));
		assertThat(Rounds.OPEN.allows(new RoundRequest(2026, java.util.Optional.of(qd366()), 2026))).isTrue();
		assertThat(Rounds.twoYearsRunning(Level.NOT_COMPLETED, Level.NOT_COMPLETED)).isTrue();
		assertThat(Rounds.twoYearsRunning(Level.NOT_COMPLETED, Level.COMPLETED)).isFalse();
	}
}

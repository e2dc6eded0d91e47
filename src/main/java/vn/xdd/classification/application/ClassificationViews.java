package vn.xdd.classification.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import vn.xdd.classification.Grade;
import vn.xdd.classification.Level;
import vn.xdd.classification.NotEvaluated;
import vn.xdd.classification.Stage;
import vn.xdd.classification.SubjectKind;
import vn.xdd.classification.TaskFigures;
import vn.xdd.classification.Wording;
import vn.xdd.classification.YearResult;
import vn.xdd.classification.domain.Criterion;
import vn.xdd.classification.domain.Frame;
import vn.xdd.discipline.Sanction;
import vn.xdd.review.RemediationShare;
import vn.xdd.shared.rule.RuleResult;

/** What the classification pages and the API show. */
public final class ClassificationViews {

	private ClassificationViews() {
	}

	/** A round in a list. */
	public record RoundSummary(long id, int year, long unitId, String unitName, String ruleSet, String citation,
			boolean open, LocalDate openedOn, @Nullable LocalDate publishedOn, long subjects, long decided,
			@Nullable LocalDate selfDeadline, @Nullable LocalDate appraisalDeadline,
			@Nullable LocalDate decisionDeadline) {
	}

	/** How far a unit (a chapter with its members, or an organisation) has come in the round. */
	public record TrackerRow(long unitId, String unitName, long subjects, long notEvaluated, long awaiting,
			long selfAssessed, long commented, long appraised, long decided) {

		public boolean complete() {
			return decided == subjects - notEvaluated;
		}
	}

	/** A subject in the round's list. */
	public record SubjectRow(long id, SubjectKind kind, String name, long unitId, String unitName,
			@Nullable NotEvaluated notEvaluated, Stage stage, @Nullable Level selfLevel, @Nullable Integer selfTotal,
			@Nullable Level appraisalLevel, @Nullable Level decidedLevel, boolean outstanding, boolean changed,
			boolean redoing) {
	}

	/** The round's page. */
	public record RoundPage(RoundSummary round, Wording wording, List<TrackerRow> tracker, List<SubjectRow> subjects,
			boolean canAppraise, boolean canDecide, boolean canPublish, long appraisedAwaitingDecision) {
	}

	/** The gates one level meets: the refusals and whether each may be overruled. */
	public record LevelGates(Level level, List<GateView> failures, boolean allowed, boolean allowedWithOverrule) {
	}

	/** A refused gate as the page shows it. */
	public record GateView(RuleResult.Refused refusal, boolean overrulable,
			@Nullable String causeType, @Nullable String causeId) {
	}

	/** A criterion with what was entered for it. */
	public record CriterionView(Criterion criterion, @Nullable Integer points, @Nullable Grade grade) {
	}

	/** A step in the subject's history. */
	public record StepView(String step, @Nullable Level level, String note, @Nullable String actor, java.time.LocalDateTime at) {
	}

	/** The subject's page: the proposal beside everything XDĐ knows, the gates of each level, the history. */
	public record SubjectPage(SubjectRow row, long roundId, int year, String ruleSet, String citation, Wording wording,
			String scale, Frame frame, @Nullable String earlierUnitName, List<CriterionView> criteria,
			@Nullable Integer score, TaskFigures tasks, @Nullable Level stateLevel, String selfNote, String comment,
			@Nullable Integer votesFor, @Nullable Integer votesAgainst, String appraisalReason, String overruleReason,
			String decisionReason, List<Sanction> sanctions, @Nullable RemediationShare earlierShortcomings,
			List<Sanction> leadershipSanctions, List<YearResult> previousYears, List<LevelGates> gates,
			@Nullable Level suggested, List<StepView> steps, boolean canEnter, boolean canComment,
			boolean canAppraise, boolean canDecide, boolean canRedo, int version, @Nullable Long memberId) {
	}

	/** One row of the classification table: a kind of subject with its counts per level. */
	public record TableRow(String labelKey, SubjectKind kind, Map<Level, Long> counts, long evaluated,
			long notEvaluated, long outstanding) {

		public long count(Level level) {
			return counts.getOrDefault(level, 0L);
		}

		/** The unit type of an organisations' row (its drill-down narrows to it), or null for members. */
		public @Nullable String typeCode() {
			return labelKey.startsWith("orgUnitType.") ? labelKey.substring("orgUnitType.".length()) : null;
		}

		/** The share of the evaluated at the level, one decimal, as the official table writes it. */
		public String percent(Level level) {
			return evaluated == 0 ? "0,0" : String.format(java.util.Locale.ROOT, "%.1f", count(level) * 100.0 / evaluated)
				.replace('.', ',');
		}
	}

	/** A change made by the appraisal or the decision, with its reason. */
	public record Change(long subjectId, SubjectKind kind, String name, String unitName, @Nullable Level proposed,
			@Nullable Level appraised, @Nullable Level decided, String reason) {
	}

	/** A comparable group whose excellent ratings exceed the quota. */
	public record QuotaFlag(String groupName, SubjectKind kind, long excellent, long goodOrBetter, int percent) {
	}

	/** A member not completed this year and last year: to be considered for removal from the list. */
	public record TwoYears(long subjectId, long memberId, String name, String unitName, Level thisYear,
			YearResult lastYear) {
	}

	/** The classification report of a round: the table, the changes, the quota flags, the two-years flags. */
	public record Report(RoundSummary round, Wording wording, List<TableRow> table, List<Change> changes,
			List<QuotaFlag> quota, List<TwoYears> twoYears, boolean published) {
	}
}

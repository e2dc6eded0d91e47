package vn.xdd.classification.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.xdd.classification.Level;
import vn.xdd.classification.Stage;

/** The forms of the classification pages, bound from request parameters. */
final class ClassificationForms {

	private ClassificationForms() {
	}

	record ListForm(@Nullable Long unit) {
	}

	record OpenForm(@Nullable Long unit, @Nullable Integer year, @Nullable LocalDate selfDeadline,
			@Nullable LocalDate appraisalDeadline, @Nullable LocalDate decisionDeadline) {
	}

	record RoundFilter(@Nullable Long unit, @Nullable Stage stage, @Nullable Level level,
			vn.xdd.classification.@Nullable SubjectKind kind, @Nullable String type) {
	}

	record CommentForm(@Nullable String comment, @Nullable Integer votesFor, @Nullable Integer votesAgainst,
			@Nullable Integer version) {
	}

	record AppraisalForm(@Nullable Level level, @Nullable String reason, @Nullable String overruleReason,
			@Nullable Integer version) {
	}

	record DecisionForm(@Nullable Level level, @Nullable Boolean outstanding, @Nullable String reason,
			@Nullable Integer version) {
	}

	record RedoForm(@Nullable String reason) {
	}

	record SettingsForm(@Nullable Integer excellentMinScore, @Nullable Integer goodMinScore,
			@Nullable Integer completedMinScore, @Nullable Integer exceededMinPercent, @Nullable Integer behindMaxPercent,
			@Nullable Integer doneMinPercent, @Nullable Integer minMonthsAdmitted, @Nullable Boolean earlierShortcomingsGate,
			@Nullable Boolean quotaEnabled, @Nullable Integer quotaPercent, @Nullable Integer version) {
	}
}

package vn.xdd.discipline.web;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;

import vn.xdd.discipline.CaseSource;
import vn.xdd.discipline.CaseStatus;
import vn.xdd.discipline.ClosingReason;
import vn.xdd.discipline.ComplaintOutcome;
import vn.xdd.discipline.DisciplineForm;
import vn.xdd.discipline.SubjectKind;
import vn.xdd.discipline.ViolationCategory;

/** The forms of the discipline pages, bound from their request parameters (what was typed stays on the page). */
final class CaseForms {

	private CaseForms() {
	}

	record OpenForm(@Nullable Long memberId, @Nullable Long organizationId, @Nullable Long openedByUnitId,
			@Nullable CaseSource source, @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate openedOn,
			@Nullable String summary, @Nullable String memberIdText, @Nullable String organizationIdText) {
	}

	record ViolationForm(@Nullable String description, @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate committedFrom,
			@DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate committedOn, @Nullable ViolationCategory category,
			@Nullable String ruleBreached, @Nullable Boolean higherLevelTask) {
	}

	record ProposalForm(@Nullable DisciplineForm form, @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate proposedOn,
			@Nullable String note) {
	}

	record DecisionForm(@Nullable DisciplineForm form, @Nullable Long decidedByUnitId, @Nullable String decisionNumber,
			@DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate concludedOn,
			@DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate decidedOn,
			@DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate announcedOn, @Nullable Integer bodyMembers,
			@Nullable Integer votesFor, @Nullable Integer votesAgainst, @Nullable String signatory) {
	}

	record ClosingForm(@Nullable ClosingReason reason, @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate closedOn,
			@Nullable String note) {
	}

	record ComplaintForm(@DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate receivedOn,
			@DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate filedOn, @Nullable String addressedTo,
			@Nullable String content) {
	}

	record RulingForm(@Nullable ComplaintOutcome outcome, @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate ruledOn,
			@Nullable String note, @Nullable DisciplineForm changedTo) {
	}

	record ListForm(@Nullable Long unit, @Nullable CaseStatus status, @Nullable DisciplineForm form,
			@Nullable SubjectKind subject, @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate decidedFrom,
			@DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate decidedUntil, @Nullable Integer page) {
	}

	record StatisticsForm(@Nullable Long unit, @DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate from,
			@DateTimeFormat(iso = ISO.DATE) @Nullable LocalDate until) {
	}
}

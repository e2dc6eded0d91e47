package vn.xdd.discipline.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.xdd.discipline.CaseSource;
import vn.xdd.discipline.CaseStatus;
import vn.xdd.discipline.ClosingReason;
import vn.xdd.discipline.ComplaintOutcome;
import vn.xdd.discipline.DisciplineForm;
import vn.xdd.discipline.SubjectKind;
import vn.xdd.discipline.ViolationCategory;

/** What the pages and the API show of discipline cases. */
public final class CaseViews {

	private CaseViews() {
	}

	/** A case in a list: who, where, since when, how far. */
	public record CaseSummary(long id, SubjectKind subjectKind, @Nullable Long memberId, String subjectName,
			String placePath, LocalDate openedOn, CaseStatus status, @Nullable DisciplineForm proposedForm,
			@Nullable DisciplineForm form, @Nullable String decisionNumber, @Nullable LocalDate decidedOn) {
	}

	/** One page of a list, with the total and the filter it was made with. */
	public record CasePage(List<CaseSummary> items, long total, int page, int pageSize) {

		public int pages() {
			return (int) Math.max(1, (total + pageSize - 1) / pageSize);
		}
	}

	/** What a list of cases is filtered by; all optional. */
	public record Filter(@Nullable CaseStatus status, @Nullable DisciplineForm form, @Nullable SubjectKind subject,
			@Nullable LocalDate decidedFrom, @Nullable LocalDate decidedUntil) {

		public static Filter none() {
			return new Filter(null, null, null, null, null);
		}
	}

	/**
	 * A violation with its limitation period for the form judged, the computation explained step by
	 * step, in the reader's language.
	 *
	 * @param lastDay the last day discipline may be concluded, or null when no limitation applies
	 */
	public record ViolationView(String description, @Nullable LocalDate committedFrom, LocalDate committedOn,
			ViolationCategory category, String ruleBreached, boolean higherLevelTask, @Nullable LocalDate lastDay,
			boolean expired, List<String> explanation) {
	}

	public record StepView(String action, CaseStatus status, LocalDate day, @Nullable DisciplineForm form, String note,
			@Nullable String recordedBy, Instant recordedAt) {
	}

	public record ComplaintView(LocalDate receivedOn, LocalDate filedOn, LocalDate dueOn, String addressedTo,
			String content, DisciplineForm decidedForm, @Nullable ComplaintOutcome outcome, @Nullable LocalDate ruledOn,
			@Nullable DisciplineForm changedTo, String rulingNote) {
	}

	/** What the user may do next with the case. */
	public enum Action {
		RECORD_VIOLATION, PROPOSE, DECIDE, CLOSE, COMPLAIN, RULE
	}

	/**
	 * A case with everything its page shows.
	 *
	 * @param judgedForm the form the limitation periods are computed for (decided, else proposed, else the lightest)
	 * @param ruleSetCitation the rule set it was (or would today be) judged under
	 * @param forms the forms the rule set allows for the subject
	 */
	public record CaseDetail(CaseSummary summary, long subjectUnitId, long openedByUnitId, String openedByName,
			CaseSource source, String text, @Nullable LocalDate proposedOn, @Nullable String decidedByName,
			@Nullable LocalDate concludedOn, @Nullable LocalDate announcedOn, @Nullable LocalDate lapsesOn,
			@Nullable LocalDate annulledOn, @Nullable ClosingReason closingReason, @Nullable LocalDate closedOn,
			String note, DisciplineForm judgedForm, String ruleSetCitation, boolean ruleSetConfirmed,
			List<DisciplineForm> forms, List<ViolationView> violations, List<StepView> steps,
			List<ComplaintView> complaints, Set<Action> actions, List<UnitChoice> deciders,
			vn.xdd.discipline.@Nullable Vote vote, String signatory, List<FileView> files) {
	}

	/** A file of the case, downloaded through the case (discipline files are restricted). */
	public record FileView(long fileId, String fileName, long sizeBytes, Instant uploadedAt, String note) {
	}

	/** A downloaded file of a case. */
	public record FileContent(String fileName, String contentType, byte[] content) {
	}

	/** A unit the user may pick, with its path from the top of his scope. */
	public record UnitChoice(long id, String path) {
	}

	/** Decided cases with a violation of the category. */
	public record CategoryCount(ViolationCategory category, long count) {
	}

	/** Decisions of one kind of subject and form in a period: how many, for the statistics table. */
	public record Tally(SubjectKind subject, DisciplineForm form, long count) {
	}

	/**
	 * The statistics of a period and subtree: decisions not annulled, by subject and form, with the
	 * totals for organisations and members.
	 */
	public record Statistics(long unitId, String unitName, LocalDate from, LocalDate until, List<Tally> tallies,
			long organizations, long members, List<CategoryCount> categories, long postHolders, long committeeMembers) {

		public long count(SubjectKind subject, DisciplineForm form) {
			return tallies.stream()
				.filter(t -> t.subject() == subject && t.form() == form)
				.mapToLong(Tally::count)
				.sum();
		}

		/** Members, full and probationary, disciplined with the form. */
		public long members(DisciplineForm form) {
			return count(SubjectKind.FULL_MEMBER, form) + count(SubjectKind.PROBATIONARY_MEMBER, form);
		}

		public long organizations(DisciplineForm form) {
			return count(SubjectKind.ORGANIZATION, form);
		}

		public long count(DisciplineForm form) {
			return tallies.stream().filter(t -> t.form() == form).mapToLong(Tally::count).sum();
		}
	}
}

package vn.xdd.discipline.domain;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.xdd.discipline.CaseId;
import vn.xdd.discipline.CaseSource;
import vn.xdd.discipline.CaseStatus;
import vn.xdd.discipline.ClosingReason;
import vn.xdd.discipline.DisciplineForm;
import vn.xdd.discipline.SubjectKind;

/**
 * A discipline case as stored: its subject (a member, or an organisation), the committee that
 * opened it, its status in the life cycle of {@link CaseStatus}, the form proposed, and, once
 * decided, the decision: form, number, deciding body, rule set and days. Closed without discipline,
 * it keeps the reason.
 *
 * @param memberId the member the case is against, or null for an organisation
 * @param organizationId the organisation the case is against, or null for a member
 * @param subjectUnitId the member's chapter on the opening day, or the organisation itself
 * @param version incremented by each change, for two editors at once
 */
public record DisciplineCase(CaseId id, @Nullable Long memberId, @Nullable Long organizationId, SubjectKind subjectKind,
		long subjectUnitId, long openedByUnitId, CaseSource source, String summary, LocalDate openedOn, CaseStatus status,
		@Nullable DisciplineForm proposedForm, @Nullable LocalDate proposedOn, @Nullable String ruleSet,
		@Nullable DisciplineForm form, @Nullable String decisionNumber, @Nullable Long decidedByUnitId,
		@Nullable LocalDate concludedOn, @Nullable LocalDate decidedOn, @Nullable LocalDate announcedOn,
		@Nullable LocalDate lapsesOn, @Nullable LocalDate annulledOn, @Nullable ClosingReason closingReason,
		@Nullable LocalDate closedOn, String note, int version) {

	public DisciplineCase {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(subjectKind, "subjectKind");
		Objects.requireNonNull(source, "source");
		Objects.requireNonNull(summary, "summary");
		Objects.requireNonNull(openedOn, "openedOn");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(note, "note");
	}

	public boolean againstMember() {
		return memberId != null;
	}
}

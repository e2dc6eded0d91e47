package vn.xdd.discipline;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.xdd.shared.OrgUnitId;

/**
 * What the QUYẾT ĐỊNH thi hành kỷ luật says: who is disciplined (with what tells him apart: birth
 * year, chapter, posts), for which violations, with which form, under which regulation, by which
 * body, and the number it was given, if any yet.
 *
 * @param birthYear the member's year of birth, or null for an organisation
 * @param posts the posts the member held on the decision day, comma-separated, or empty
 * @param place the member's chapter, or the organisation's parent, as a path
 * @param decisionNumber the number and symbol given (typed for a historical decision, or by the register), or null
 * @param vote how the body voted, or null when not recorded
 * @param signatory who signed, or empty (the issuer profile's signer then)
 */
public record DecisionContent(CaseId caseId, SubjectKind subject, String subjectName, @Nullable Integer birthYear,
		String posts, String place, List<String> violations, DisciplineForm form, String ruleSetCitation,
		OrgUnitId decidedBy, String decidedByName, LocalDate decidedOn, @Nullable String decisionNumber,
		@Nullable Vote vote, String signatory) {

	public DecisionContent {
		Objects.requireNonNull(caseId, "caseId");
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(form, "form");
		Objects.requireNonNull(decidedBy, "decidedBy");
		Objects.requireNonNull(decidedOn, "decidedOn");
		violations = List.copyOf(violations);
	}
}

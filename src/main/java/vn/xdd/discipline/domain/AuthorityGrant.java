package vn.xdd.discipline.domain;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.xdd.discipline.DisciplineForm;
import vn.xdd.discipline.SubjectKind;

/**
 * One line of the authority table, as configurable data (../shared/domain/discipline.md, ‘keep
 * authority as configurable rules per level’): a body standing this many levels above the
 * subject's own organisation may impose these forms on this kind of subject.
 *
 * <p>Levels are counted from the subject: for a member, 0 is his own chapter (or grassroots
 * organisation), 1 the level directly above it; for an organisation, 1 is the level above it.
 *
 * @param maxLevelsAbove the highest level the line covers, or null for every level from
 *     {@code minLevelsAbove} up
 * @param notForCommitteeMembers the line does not cover members of the subject unit's committee
 *     (chi ủy viên, cấp ủy viên)
 * @param notForHigherLevelTasks the line does not cover violations in tasks assigned by a higher level
 * @param basis where the line comes from, shown with a refusal
 * @param confirmed false for a line taken from secondary sources ([unconfirmed])
 */
public record AuthorityGrant(SubjectKind subject, int minLevelsAbove, @Nullable Integer maxLevelsAbove,
		Set<DisciplineForm> forms, boolean notForCommitteeMembers, boolean notForHigherLevelTasks, String basis,
		boolean confirmed) {

	public AuthorityGrant {
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(basis, "basis");
		if (minLevelsAbove < 0 || (maxLevelsAbove != null && maxLevelsAbove < minLevelsAbove)) {
			throw new IllegalArgumentException("an authority line covers levels from min to max");
		}
		forms = forms.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(forms));
	}

	/** Whether this line lets a body that many levels above decide the proposal. */
	public boolean covers(ProposedDiscipline proposal) {
		int levels = proposal.bodyLevelsAbove();
		return subject == proposal.subject() && forms.contains(proposal.form()) && levels >= minLevelsAbove
				&& (maxLevelsAbove == null || levels <= maxLevelsAbove)
				&& !(notForCommitteeMembers && proposal.committeeMember())
				&& !(notForHigherLevelTasks && proposal.violations().stream().anyMatch(Violation::higherLevelTask));
	}
}

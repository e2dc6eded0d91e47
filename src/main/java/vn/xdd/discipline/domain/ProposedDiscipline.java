package vn.xdd.discipline.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import vn.xdd.discipline.DisciplineForm;
import vn.xdd.discipline.SubjectKind;

/**
 * What the rules of a discipline decision judge: the subject and the facts about it the use case
 * loaded, the form voted, the violations, the rule set in force on the day, the body's place above
 * the subject and the authority table.
 *
 * @param holdsPost whether the member holds a post (a party or a government position) on the day
 * @param committeeMember whether the member sits on the committee of his own organisation
 * @param bodyLevelsAbove how many levels the deciding body stands above the subject's organisation
 *     (0: the member's own chapter), see {@link AuthorityGrant}
 * @param concludedOn the day the competent body concludes: the limitation period is judged on it
 */
public record ProposedDiscipline(SubjectKind subject, boolean holdsPost, boolean committeeMember, DisciplineForm form,
		List<Violation> violations, DisciplineRuleSet ruleSet, int bodyLevelsAbove, List<AuthorityGrant> authority,
		LocalDate concludedOn) {

	public ProposedDiscipline {
		Objects.requireNonNull(subject, "subject");
		Objects.requireNonNull(form, "form");
		Objects.requireNonNull(ruleSet, "ruleSet");
		Objects.requireNonNull(concludedOn, "concludedOn");
		violations = List.copyOf(violations);
		authority = List.copyOf(authority);
	}

	public List<LimitationReckoning.Period> limitationPeriods() {
		return LimitationReckoning.reckon(ruleSet, form, violations);
	}
}

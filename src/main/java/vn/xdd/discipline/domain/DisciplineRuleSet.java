package vn.xdd.discipline.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import vn.xdd.discipline.DisciplineForm;
import vn.xdd.discipline.SubjectKind;
import vn.xdd.discipline.ViolationCategory;

/**
 * The discipline rules of one era, as data (../shared/domain/discipline.md): which forms each
 * subject may receive, the limitation period of each form, the categories of violation without
 * limitation, and how long after its announcement a decision lapses. A case is judged under the
 * set in force on its decision date, and keeps the set's code.
 *
 * @param code a stable code stored with each case (e.g. QD69_2022)
 * @param citation the regulation as cited in Party documents (e.g. ‘Quy định 69-QĐ/TW ngày 06/7/2022’)
 * @param inForceUntil the last day in force, or null while in force
 * @param limitations the limitation period of each form; a form absent here has none
 * @param confirmed false for figures taken from secondary sources ([unconfirmed]): the page says so
 */
public record DisciplineRuleSet(String code, String citation, Set<SubjectKind> subjects, LocalDate inForceFrom,
		@Nullable LocalDate inForceUntil, Map<SubjectKind, List<DisciplineForm>> forms,
		Map<DisciplineForm, Term> limitations, Set<ViolationCategory> withoutLimitation, Term lapseAfter,
		boolean confirmed) {

	public DisciplineRuleSet {
		Objects.requireNonNull(code, "code");
		Objects.requireNonNull(citation, "citation");
		Objects.requireNonNull(inForceFrom, "inForceFrom");
		Objects.requireNonNull(lapseAfter, "lapseAfter");
		if (subjects.isEmpty()) {
			throw new IllegalArgumentException("a rule set applies to at least one kind of subject");
		}
		if (inForceUntil != null && inForceUntil.isBefore(inForceFrom)) {
			throw new IllegalArgumentException("a rule set ends after it starts");
		}
		subjects = Set.copyOf(EnumSet.copyOf(subjects));
		Map<SubjectKind, List<DisciplineForm>> formCopy = new EnumMap<>(SubjectKind.class);
		forms.forEach((kind, list) -> formCopy.put(kind, List.copyOf(list)));
		forms = Map.copyOf(formCopy);
		limitations = Map.copyOf(limitations);
		withoutLimitation = Set.copyOf(withoutLimitation);
	}

	public boolean appliesTo(SubjectKind subject, LocalDate day) {
		return subjects.contains(subject) && !day.isBefore(inForceFrom)
				&& (inForceUntil == null || !day.isAfter(inForceUntil));
	}

	/** The forms this set allows for the subject, lightest first. */
	public List<DisciplineForm> formsFor(SubjectKind subject) {
		return forms.getOrDefault(subject, List.of());
	}

	/** The limitation period of a violation of this category judged for this form, or empty when there is none. */
	public Optional<Term> limitation(DisciplineForm form, ViolationCategory category) {
		if (withoutLimitation.contains(category)) {
			return Optional.empty();
		}
		return Optional.ofNullable(limitations.get(form));
	}
}

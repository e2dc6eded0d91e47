package vn.xdd.discipline.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import vn.xdd.discipline.SubjectKind;

/**
 * The rule sets a committee works with: the discipline sets of each era and the planning bar sets,
 * loaded from the database, where the migration seeded the figures of
 * ../shared/domain/discipline.md and the [unconfirmed] ones can be corrected.
 */
public record DisciplineRuleSets(List<DisciplineRuleSet> discipline, List<PlanningBarSet> planningBars) {

	public DisciplineRuleSets {
		discipline = List.copyOf(discipline);
		planningBars = List.copyOf(planningBars);
	}

	/** The set a case against this subject decided on this day is judged under: the latest in force then. */
	public Optional<DisciplineRuleSet> forDecision(SubjectKind subject, LocalDate decidedOn) {
		return discipline.stream()
				.filter(set -> set.appliesTo(subject, decidedOn))
				.max(Comparator.comparing(DisciplineRuleSet::inForceFrom));
	}

	public Optional<DisciplineRuleSet> byCode(String code) {
		return discipline.stream().filter(set -> set.code().equals(code)).findFirst();
	}

	/** The planning bar set in force on the decision day. */
	public Optional<PlanningBarSet> barsOn(LocalDate decidedOn) {
		return planningBars.stream()
				.filter(set -> set.inForceOn(decidedOn))
				.max(Comparator.comparing(PlanningBarSet::inForceFrom));
	}
}

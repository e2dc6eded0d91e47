package vn.xdd.discipline.domain;

import java.time.LocalDate;
import java.util.List;

import vn.xdd.discipline.DisciplineForm;
import vn.xdd.discipline.SubjectKind;
import vn.xdd.discipline.ViolationCategory;

/** Proposals for the rule tests: a full member judged under QĐ 69, his own chapter deciding, unless changed. */
final class Proposals {

	static final LocalDate DAY = LocalDate.of(2026, 3, 2);

	private Proposals() {
	}

	static Violation ordinary(LocalDate day) {
		return Violation.on(day, "Vi phạm ngày " + day, ViolationCategory.ORDINARY);
	}

	static ProposedDiscipline of(SubjectKind subject, DisciplineForm form, int levelsAbove, Violation... violations) {
		return new ProposedDiscipline(subject, false, false, form, List.of(violations), DefaultRuleSets.QD69_2022,
				levelsAbove, DefaultAuthority.LINES, DAY);
	}

	static ProposedDiscipline holdingPost(DisciplineForm form, int levelsAbove, Violation... violations) {
		return new ProposedDiscipline(SubjectKind.FULL_MEMBER, true, false, form, List.of(violations),
				DefaultRuleSets.QD69_2022, levelsAbove, DefaultAuthority.LINES, DAY);
	}

	static ProposedDiscipline concludedOn(LocalDate day, DisciplineRuleSet set, DisciplineForm form, Violation... violations) {
		return new ProposedDiscipline(SubjectKind.FULL_MEMBER, true, false, form, List.of(violations), set, 1,
				DefaultAuthority.LINES, day);
	}
}

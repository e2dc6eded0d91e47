package vn.xdd.discipline.application;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import vn.xdd.discipline.CaseStatus;
import vn.xdd.discipline.ComplaintOutcome;
import vn.xdd.discipline.DisciplineForm;
import vn.xdd.discipline.domain.ComplaintRecord;
import vn.xdd.discipline.domain.DisciplineCase;
import vn.xdd.discipline.domain.DisciplineRuleSet;
import vn.xdd.discipline.domain.Lapse;
import vn.xdd.discipline.persistence.JdbcDisciplineCases;
import vn.xdd.discipline.persistence.JdbcDisciplineRules;

/**
 * Keeps the day a decision lapses by itself ({@link Lapse}) up to date: after the decision, after a
 * complaint or its ruling, and when a new violation of the subject is recorded.
 */
@Component
class Lapses {

	private final JdbcDisciplineCases cases;

	private final JdbcDisciplineRules rules;

	Lapses(JdbcDisciplineCases cases, JdbcDisciplineRules rules) {
		this.cases = cases;
		this.rules = rules;
	}

	/** The lapse day of the decided case, as the case stands now, stored with it and returned. */
	@Nullable
	LocalDate recompute(DisciplineCase decided) {
		LocalDate lapsesOn = lapsesOn(decided, decided.status());
		if (decided.status().decisionInForce() && !Objects.equals(lapsesOn, decided.lapsesOn())) {
			cases.setLapse(decided.id(), lapsesOn);
		}
		return lapsesOn;
	}

	/** The lapse day of the decided case if it were in the given status. */
	@Nullable
	LocalDate lapsesOn(DisciplineCase decided, CaseStatus status) {
		DisciplineForm form = decided.form();
		LocalDate announced = decided.announcedOn();
		if (form == null || announced == null || !status.decisionInForce()) {
			return null;
		}
		LocalDate ruled = cases.complaints(decided.id())
			.stream()
			.filter(c -> c.outcome() == ComplaintOutcome.UPHELD || c.outcome() == ComplaintOutcome.CHANGED)
			.map(ComplaintRecord::ruledOn)
			.filter(Objects::nonNull)
			.max(LocalDate::compareTo)
			.orElse(null);
		LocalDate from = ruled != null && ruled.isAfter(announced) ? ruled : announced;
		LocalDate later = cases.firstViolationOfSubjectSince(decided, from).orElse(null);
		DisciplineRuleSet set = rules.ruleSets()
			.byCode(Objects.requireNonNull(decided.ruleSet()))
			.orElseThrow(() -> new IllegalStateException("unknown rule set " + decided.ruleSet()));
		return new Lapse(form, announced, ruled, status == CaseStatus.COMPLAINT_PENDING, later, set.lapseAfter())
			.lapsesOn()
			.orElse(null);
	}
}

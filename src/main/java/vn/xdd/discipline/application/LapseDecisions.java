package vn.xdd.discipline.application;

import java.time.LocalDate;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.discipline.CaseId;
import vn.xdd.discipline.CaseStatus;
import vn.xdd.discipline.DecisionLapses;
import vn.xdd.discipline.domain.DisciplineCase;
import vn.xdd.discipline.domain.Lapse;
import vn.xdd.discipline.persistence.JdbcDisciplineCases;

/**
 * Marks as lapsed the decisions whose lapse day has come ({@link Lapse}), re-judged on the day: a
 * violation recorded since stops the lapse. Runs as the system, with no user's scope.
 */
@Service
class LapseDecisions implements DecisionLapses {

	private final JdbcDisciplineCases cases;

	private final Lapses lapses;

	private final CaseSteps steps;

	LapseDecisions(JdbcDisciplineCases cases, Lapses lapses, CaseSteps steps) {
		this.cases = cases;
		this.lapses = lapses;
		this.steps = steps;
	}

	@Override
	@Transactional
	public int lapseDue(LocalDate today) {
		int lapsed = 0;
		for (CaseId id : cases.dueLapses(today)) {
			DisciplineCase due = cases.lock(id).orElseThrow();
			LocalDate day = lapses.recompute(due);
			if (day == null || day.isAfter(today) || !due.status().decisionInForce()) {
				continue;
			}
			cases.move(due, CaseStatus.LAPSED);
			steps.record(due, "LAPSE", CaseStatus.LAPSED, day, due.form(), "",
					"audit.text.disciplineLapsed", Objects.requireNonNullElse(due.decisionNumber(), "—"),
					vn.xdd.shared.VietnameseText.date(day));
			lapsed++;
		}
		return lapsed;
	}
}

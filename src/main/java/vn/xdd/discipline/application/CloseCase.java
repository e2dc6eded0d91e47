package vn.xdd.discipline.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.discipline.CaseClosing;
import vn.xdd.discipline.CaseId;
import vn.xdd.discipline.CaseStatus;
import vn.xdd.discipline.DisciplineForm;
import vn.xdd.discipline.domain.CaseLifecycle;
import vn.xdd.discipline.domain.CaseTransition;
import vn.xdd.discipline.domain.DisciplineCase;
import vn.xdd.discipline.domain.LimitationReckoning;
import vn.xdd.discipline.domain.Violation;
import vn.xdd.discipline.persistence.JdbcDisciplineCases;
import vn.xdd.shared.BusinessRuleException;

/**
 * Closes a case without discipline (rules: {@link CaseLifecycle#MOVE}): for the limitation, only
 * when the period of every violation ran out on the closing day for the form proposed (or, without
 * a proposal, for the lightest form: the shortest period).
 */
@Service
class CloseCase implements CaseClosing {

	private final CaseAccess access;

	private final DisciplineFacts facts;

	private final JdbcDisciplineCases cases;

	private final CaseSteps steps;

	private final Clock clock;

	CloseCase(CaseAccess access, DisciplineFacts facts, JdbcDisciplineCases cases, CaseSteps steps, Clock clock) {
		this.access = access;
		this.facts = facts;
		this.cases = cases;
		this.steps = steps;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void close(CaseId id, Command command) {
		DisciplineCase of = access.requireHandled(id);
		String note = CaseTexts.optional("discipline.field.note", command.note(), 2000);
		if (command.closedOn().isAfter(LocalDate.now(clock)) || command.closedOn().isBefore(of.openedOn())) {
			throw new BusinessRuleException("discipline.error.closedOn",
					vn.xdd.shared.VietnameseText.date(of.openedOn()));
		}
		List<Violation> violations = cases.violations(id);
		DisciplineForm form = of.proposedForm() != null ? of.proposedForm() : DisciplineForm.REPRIMAND;
		var periods = LimitationReckoning.reckon(facts.ruleSet(of.subjectKind(), command.closedOn()), form, violations);
		boolean expired = !violations.isEmpty()
				&& LimitationReckoning.expired(periods, command.closedOn()).size() == periods.size();
		CaseLifecycle.MOVE.enforce(new CaseTransition(of.status(), CaseStatus.CLOSED, command.reason(), note, expired));
		cases.move(of, CaseStatus.CLOSED);
		cases.close(id, command.reason(), command.closedOn(), note);
		steps.record(of, "CLOSE", CaseStatus.CLOSED, command.closedOn(), null, note,
				"audit.text.disciplineClosed." + command.reason().name());
	}
}

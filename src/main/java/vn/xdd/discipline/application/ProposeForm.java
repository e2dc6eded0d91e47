package vn.xdd.discipline.application;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.discipline.CaseId;
import vn.xdd.discipline.CaseStatus;
import vn.xdd.discipline.FormProposal;
import vn.xdd.discipline.domain.CaseLifecycle;
import vn.xdd.discipline.domain.CaseTransition;
import vn.xdd.discipline.domain.DisciplineCase;
import vn.xdd.discipline.domain.Sanctioning;
import vn.xdd.shared.OrgUnitId;
import vn.xdd.shared.VietnameseText;

/**
 * The inspection committee proposes a form (rules: {@link Sanctioning#PROPOSAL}, judged for the
 * subject as he stands on the day): the case goes under review by the competent body.
 */
@Service
class ProposeForm implements FormProposal {

	private final CaseAccess access;

	private final DisciplineFacts facts;

	private final vn.xdd.discipline.persistence.JdbcDisciplineCases cases;

	private final CaseSteps steps;

	private final Clock clock;

	ProposeForm(CaseAccess access, DisciplineFacts facts, vn.xdd.discipline.persistence.JdbcDisciplineCases cases,
			CaseSteps steps, Clock clock) {
		this.access = access;
		this.facts = facts;
		this.cases = cases;
		this.steps = steps;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void propose(CaseId id, Command command) {
		DisciplineCase of = access.requireHandled(id);
		String note = CaseTexts.optional("discipline.field.note", command.note(), 2000);
		CaseLifecycle.MOVE.enforce(new CaseTransition(of.status(), CaseStatus.UNDER_REVIEW, null, note, false));
		if (command.proposedOn().isAfter(LocalDate.now(clock)) || command.proposedOn().isBefore(of.openedOn())) {
			throw new vn.xdd.shared.BusinessRuleException("discipline.error.proposedOn",
					VietnameseText.date(of.openedOn()));
		}
		Sanctioning.PROPOSAL.enforce(facts.proposal(of, command.form(), new OrgUnitId(of.subjectUnitId()),
				command.proposedOn()));
		cases.move(of, CaseStatus.UNDER_REVIEW);
		cases.propose(id, command.form(), command.proposedOn());
		steps.record(of, "PROPOSE", CaseStatus.UNDER_REVIEW, command.proposedOn(), command.form(), note,
				"audit.text.disciplineProposed." + command.form().name());
	}
}

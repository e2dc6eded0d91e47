package vn.xdd.discipline.application;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.discipline.CaseDecision;
import vn.xdd.discipline.CaseId;
import vn.xdd.discipline.CaseStatus;
import vn.xdd.discipline.domain.CaseLifecycle;
import vn.xdd.discipline.domain.CaseTransition;
import vn.xdd.discipline.domain.DecisionDays;
import vn.xdd.discipline.domain.DisciplineCase;
import vn.xdd.discipline.domain.ProposedDiscipline;
import vn.xdd.discipline.domain.Sanctioning;
import vn.xdd.discipline.persistence.JdbcDisciplineCases;

/**
 * The competent body decides (rules: {@link Sanctioning#DAYS}, then {@link Sanctioning#DECISION}:
 * a violation recorded, the form for the subject, a post to remove, the body's authority, the
 * limitation period on the day it concluded). The decision keeps the rule set it was made under and
 * the day it lapses by itself. A decision entered from the archive carries the number it was given;
 * a new one without a number gets it when the register issues its QUYẾT ĐỊNH.
 */
@Service
class DecideCase implements CaseDecision {

	private final CaseAccess access;

	private final DisciplineFacts facts;

	private final JdbcDisciplineCases cases;

	private final Lapses lapses;

	private final CaseSteps steps;

	private final Clock clock;

	DecideCase(CaseAccess access, DisciplineFacts facts, JdbcDisciplineCases cases, Lapses lapses, CaseSteps steps,
			Clock clock) {
		this.access = access;
		this.facts = facts;
		this.cases = cases;
		this.lapses = lapses;
		this.steps = steps;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void decide(CaseId id, Command command) {
		DisciplineCase of = access.requireHandled(id);
		access.requireHandler(command.decidedBy());
		String typed = CaseTexts.optional("discipline.field.decisionNumber", command.decisionNumber(), 60);
		String number = typed.isEmpty() ? null : typed;
		CaseLifecycle.MOVE.enforce(new CaseTransition(of.status(), CaseStatus.DECIDED, null, "", false));
		Sanctioning.DAYS.enforce(new DecisionDays(of.openedOn(), of.proposedOn(), command.concludedOn(), command.decidedOn(),
				command.announcedOn(), LocalDate.now(clock)));
		if (command.vote() != null) {
			Sanctioning.VOTE.enforce(command.vote());
		}
		String signatory = CaseTexts.optional("discipline.field.signatory", command.signatory(), 200);
		ProposedDiscipline proposal = facts.proposal(of, command.form(), command.decidedBy(), command.concludedOn());
		Sanctioning.DECISION.enforce(proposal);
		cases.move(of, CaseStatus.DECIDED);
		cases.decide(id, command.form(), proposal.ruleSet().code(), number, command.decidedBy().value(),
				command.concludedOn(), command.decidedOn(), command.announcedOn(), null, proposal.holdsPost(),
				proposal.committeeMember());
		cases.recordVote(id, command.vote(), signatory);
		DisciplineCase decided = cases.find(id).orElseThrow();
		lapses.recompute(decided);
		steps.record(of, "DECIDE", CaseStatus.DECIDED, command.decidedOn(), command.form(),
				number == null ? "" : number, "audit.text.disciplineDecided." + command.form().name(),
				number == null ? "—" : number);
	}
}

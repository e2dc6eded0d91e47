package vn.xdd.discipline.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.discipline.CaseId;
import vn.xdd.discipline.CaseStatus;
import vn.xdd.discipline.ComplaintOutcome;
import vn.xdd.discipline.ComplaintRuling;
import vn.xdd.discipline.DisciplineForm;
import vn.xdd.discipline.domain.CaseLifecycle;
import vn.xdd.discipline.domain.CaseTransition;
import vn.xdd.discipline.domain.ComplaintRecord;
import vn.xdd.discipline.domain.Complaints;
import vn.xdd.discipline.domain.DisciplineCase;
import vn.xdd.discipline.domain.RulingFacts;
import vn.xdd.discipline.domain.Sanctioning;
import vn.xdd.discipline.persistence.JdbcDisciplineCases;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.OrgUnitId;

/**
 * Rules on the pending complaint (rules: {@link Complaints#RULING}; a changed form must itself fit
 * the subject, {@link Sanctioning#FORM} without the authority, judged at the deciding body): upheld
 * or changed, the decision lapses twelve months after the ruling; annulled, it is no longer in
 * force from the ruling day and bars nothing.
 */
@Service
class RuleOnComplaint implements ComplaintRuling {

	private final CaseAccess access;

	private final DisciplineFacts facts;

	private final JdbcDisciplineCases cases;

	private final Lapses lapses;

	private final CaseSteps steps;

	private final Clock clock;

	RuleOnComplaint(CaseAccess access, DisciplineFacts facts, JdbcDisciplineCases cases, Lapses lapses, CaseSteps steps,
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
	public void rule(CaseId id, Command command) {
		DisciplineCase of = access.requireHandled(id);
		String note = CaseTexts.optional("discipline.field.note", command.note(), 2000);
		ComplaintRecord pending = cases.pendingComplaint(id)
			.orElseThrow(() -> new BusinessRuleException("discipline.error.noPendingComplaint"));
		DisciplineForm decided = Objects.requireNonNull(of.form());
		Complaints.RULING.enforce(new RulingFacts(command.outcome(), decided, command.changedTo(), pending.filedOn(),
				command.ruledOn(), LocalDate.now(clock)));
		CaseStatus to = switch (command.outcome()) {
			case UPHELD -> CaseStatus.UPHELD;
			case CHANGED -> CaseStatus.CHANGED;
			case ANNULLED -> CaseStatus.ANNULLED;
		};
		CaseLifecycle.MOVE.enforce(new CaseTransition(of.status(), to, null, note, false));
		DisciplineForm changedTo = command.changedTo();
		if (command.outcome() == ComplaintOutcome.CHANGED && changedTo != null) {
			var proposal = facts.proposal(of, changedTo, new OrgUnitId(Objects.requireNonNull(of.decidedByUnitId())),
					Objects.requireNonNull(of.concludedOn()));
			Sanctioning.PROPOSAL.enforce(proposal);
		}
		cases.move(of, to);
		cases.ruleComplaint(pending.id(), command.outcome(), command.ruledOn(), changedTo, note);
		if (command.outcome() == ComplaintOutcome.ANNULLED) {
			cases.annul(id, command.ruledOn(), note);
		}
		else {
			if (changedTo != null) {
				cases.changeForm(id, changedTo);
			}
			lapses.recompute(cases.find(id).orElseThrow());
		}
		steps.record(of, "RULING", to, command.ruledOn(), changedTo, note,
				"audit.text.disciplineRuling." + command.outcome().name());
	}
}

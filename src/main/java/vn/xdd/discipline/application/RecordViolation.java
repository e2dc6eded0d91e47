package vn.xdd.discipline.application;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.discipline.CaseId;
import vn.xdd.discipline.ViolationRecording;
import vn.xdd.discipline.domain.DisciplineCase;
import vn.xdd.discipline.domain.Violation;
import vn.xdd.discipline.domain.ViolationEntry;
import vn.xdd.discipline.domain.ViolationRecords;
import vn.xdd.discipline.persistence.JdbcDisciplineCases;
import vn.xdd.shared.VietnameseText;

/**
 * Adds a violation to an open case (rules: {@link ViolationRecords#RECORD}). A violation committed
 * within the lapse term of an earlier decision against the same subject is a repeat or new
 * violation: that decision no longer lapses by itself.
 */
@Service
class RecordViolation implements ViolationRecording {

	private final CaseAccess access;

	private final JdbcDisciplineCases cases;

	private final Lapses lapses;

	private final CaseSteps steps;

	private final Clock clock;

	RecordViolation(CaseAccess access, JdbcDisciplineCases cases, Lapses lapses, CaseSteps steps, Clock clock) {
		this.access = access;
		this.cases = cases;
		this.lapses = lapses;
		this.steps = steps;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void record(CaseId id, Command command) {
		DisciplineCase of = access.requireHandled(id);
		String description = CaseTexts.required("discipline.field.violation", command.description(), 2000);
		String rule = CaseTexts.optional("discipline.field.ruleBreached", command.ruleBreached(), 500);
		if (command.committedFrom() != null && command.committedFrom().isAfter(command.committedOn())) {
			throw new vn.xdd.shared.BusinessRuleException("discipline.error.violationPeriod");
		}
		ViolationRecords.RECORD.enforce(new ViolationEntry(command.committedOn(), LocalDate.now(clock),
				of.status().decided() || of.status() == vn.xdd.discipline.CaseStatus.CLOSED));
		cases.insertViolation(id, new Violation(description, command.committedFrom(), command.committedOn(),
				command.category(), rule, command.higherLevelTask()));
		for (DisciplineCase earlier : cases.otherDecidedCasesOfSubject(of)) {
			lapses.recompute(earlier);
		}
		steps.record(of, "VIOLATION", of.status(), command.committedOn(), null, description,
				"audit.text.disciplineViolation", description, VietnameseText.date(command.committedOn()));
	}
}

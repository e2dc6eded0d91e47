package vn.xdd.discipline.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.discipline.CaseId;
import vn.xdd.discipline.CaseStatus;
import vn.xdd.discipline.ComplaintLodging;
import vn.xdd.discipline.domain.CaseLifecycle;
import vn.xdd.discipline.domain.CaseTransition;
import vn.xdd.discipline.domain.ComplaintFiling;
import vn.xdd.discipline.domain.Complaints;
import vn.xdd.discipline.domain.DisciplineCase;
import vn.xdd.discipline.persistence.JdbcDisciplineCases;
import vn.xdd.discipline.persistence.JdbcDisciplineRules;
import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.VietnameseText;

/**
 * Records a complaint against the decision of a case (rules: {@link Complaints#FILING}, within the
 * period in working days, xdd.discipline.complaint-working-days). The decision stays in force; it
 * does not lapse while the complaint waits.
 */
@Service
class FileComplaint implements ComplaintLodging {

	private final CaseAccess access;

	private final JdbcDisciplineCases cases;

	private final JdbcDisciplineRules rules;

	private final CaseSteps steps;

	private final Clock clock;

	private final int workingDays;

	FileComplaint(CaseAccess access, JdbcDisciplineCases cases, JdbcDisciplineRules rules, CaseSteps steps, Clock clock,
			@Value("${xdd.discipline.complaint-working-days:30}") int workingDays) {
		this.access = access;
		this.cases = cases;
		this.rules = rules;
		this.steps = steps;
		this.clock = clock;
		this.workingDays = workingDays;
	}

	@Override
	@Transactional
	public void file(CaseId id, Command command) {
		DisciplineCase of = access.requireHandled(id);
		String addressedTo = CaseTexts.required("discipline.field.addressedTo", command.addressedTo(), 300);
		String content = CaseTexts.required("discipline.field.complaint", command.content(), 4000);
		if (command.filedOn().isAfter(LocalDate.now(clock))) {
			throw new BusinessRuleException("discipline.error.dayInFuture", VietnameseText.date(command.filedOn()));
		}
		if (of.announcedOn() != null && command.receivedOn().isBefore(of.announcedOn())) {
			throw new BusinessRuleException("discipline.error.receivedBeforeAnnouncement",
					VietnameseText.date(of.announcedOn()));
		}
		Complaints.FILING.enforce(new ComplaintFiling(command.receivedOn(), command.filedOn(), workingDays,
				rules.workingDays(), of.status().decisionInForce(), of.status() == CaseStatus.COMPLAINT_PENDING));
		CaseLifecycle.MOVE.enforce(new CaseTransition(of.status(), CaseStatus.COMPLAINT_PENDING, null, "", false));
		cases.move(of, CaseStatus.COMPLAINT_PENDING);
		cases.insertComplaint(id, command.receivedOn(), command.filedOn(), addressedTo, content,
				Objects.requireNonNull(of.form()));
		cases.setLapse(id, null);
		steps.record(of, "COMPLAINT", CaseStatus.COMPLAINT_PENDING, command.filedOn(), null, addressedTo,
				"audit.text.disciplineComplaint", addressedTo, VietnameseText.date(command.filedOn()));
	}
}

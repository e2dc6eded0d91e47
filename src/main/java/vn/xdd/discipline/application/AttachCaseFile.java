package vn.xdd.discipline.application;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.discipline.CaseId;
import vn.xdd.discipline.domain.DisciplineCase;
import vn.xdd.discipline.persistence.JdbcDisciplineCases;
import vn.xdd.files.Attachments;
import vn.xdd.files.StoredFile;
import vn.xdd.shared.OrgUnitId;

/**
 * Attaches a file to a case (the inspection conclusion, the minutes of the vote, the signed
 * decision): stored restricted to discipline, so that only the readers of discipline download it.
 */
@Service
public class AttachCaseFile {

	static final String OWNER = "DISCIPLINE";

	private final CaseAccess access;

	private final JdbcDisciplineCases cases;

	private final Attachments attachments;

	private final CaseSteps steps;

	private final Clock clock;

	AttachCaseFile(CaseAccess access, JdbcDisciplineCases cases, Attachments attachments, CaseSteps steps, Clock clock) {
		this.access = access;
		this.cases = cases;
		this.attachments = attachments;
		this.steps = steps;
		this.clock = clock;
	}

	@Transactional
	public void attach(CaseId id, String fileName, byte[] content, String note) {
		DisciplineCase of = access.requireHandled(id);
		String text = CaseTexts.optional("discipline.field.note", note, 300);
		StoredFile file = attachments.storeRestricted(new OrgUnitId(of.subjectUnitId()), fileName, content, OWNER);
		cases.attach(id, file.id().value(), text);
		steps.record(of, "ATTACH", of.status(), LocalDate.now(clock), null, file.fileName(), "audit.text.disciplineAttached",
				file.fileName());
	}
}

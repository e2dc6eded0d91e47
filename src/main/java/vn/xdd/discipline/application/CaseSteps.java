package vn.xdd.discipline.application;

import java.time.LocalDate;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.xdd.discipline.CaseId;
import vn.xdd.discipline.CaseStatus;
import vn.xdd.discipline.DisciplineCaseChanged;
import vn.xdd.discipline.DisciplineForm;
import vn.xdd.discipline.domain.DisciplineCase;
import vn.xdd.discipline.persistence.JdbcDisciplineCases;
import vn.xdd.shared.Actor;

/** Records a step of a case and publishes it (the audit trail writes its line from the event). */
@Component
class CaseSteps {

	private final JdbcDisciplineCases cases;

	private final ApplicationEventPublisher events;

	CaseSteps(JdbcDisciplineCases cases, ApplicationEventPublisher events) {
		this.cases = cases;
		this.events = events;
	}

	void record(DisciplineCase of, String action, CaseStatus status, LocalDate day, @Nullable DisciplineForm form,
			String note, String messageKey, Object... arguments) {
		record(of.id(), action, status, day, form, note, messageKey, arguments);
	}

	void record(CaseId id, String action, CaseStatus status, LocalDate day, @Nullable DisciplineForm form,
			String note, String messageKey, Object... arguments) {
		cases.step(id, action, status, day, form, note, Actor.currentName());
		List<String> texts = java.util.Arrays.stream(arguments).map(String::valueOf).toList();
		events.publishEvent(new DisciplineCaseChanged(id, action, status, messageKey, texts));
	}
}

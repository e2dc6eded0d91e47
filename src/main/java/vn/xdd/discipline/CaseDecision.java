package vn.xdd.discipline;

import java.time.LocalDate;
import java.util.Objects;

import vn.xdd.shared.OrgUnitId;

/**
 * The competent body votes the form and issues the decision (quyết định thi hành kỷ luật): the form
 * must fit the subject, the body must have the authority, and the limitation period must not have
 * run out on the day it concluded.
 */
public interface CaseDecision {

	void decide(CaseId id, Command command);

	/**
	 * @param decidedBy the committee (or chapter) whose body decided
	 * @param decisionNumber the number and symbol of a decision already issued (from the archive), or
	 *     empty for one the register numbers when it issues the QUYẾT ĐỊNH
	 * @param concludedOn the day the body concluded that discipline is required (the limitation is judged on it)
	 * @param announcedOn the day the decision was announced to the subject (the lapse counts from it)
	 */
	record Command(DisciplineForm form, OrgUnitId decidedBy, String decisionNumber, LocalDate concludedOn,
			LocalDate decidedOn, LocalDate announcedOn) {

		public Command {
			Objects.requireNonNull(form, "form");
			Objects.requireNonNull(decidedBy, "decidedBy");
			Objects.requireNonNull(decisionNumber, "decisionNumber");
			Objects.requireNonNull(concludedOn, "concludedOn");
			Objects.requireNonNull(decidedOn, "decidedOn");
			Objects.requireNonNull(announcedOn, "announcedOn");
		}
	}
}

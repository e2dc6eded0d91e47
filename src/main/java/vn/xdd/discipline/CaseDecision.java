package vn.xdd.discipline;

import java.time.LocalDate;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

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
	 * @param vote how the body voted, or null when not recorded
	 * @param signatory who signed the decision, or empty
	 */
	record Command(DisciplineForm form, OrgUnitId decidedBy, String decisionNumber, LocalDate concludedOn,
			LocalDate decidedOn, LocalDate announcedOn, @Nullable Vote vote, String signatory) {

		/** A decision whose vote and signatory are not recorded (the archive often lacks them). */
		public Command(DisciplineForm form, OrgUnitId decidedBy, String decisionNumber, LocalDate concludedOn,
				LocalDate decidedOn, LocalDate announcedOn) {
			this(form, decidedBy, decisionNumber, concludedOn, decidedOn, announcedOn, null, "");
		}

		public Command {
			Objects.requireNonNull(signatory, "signatory");
			Objects.requireNonNull(form, "form");
			Objects.requireNonNull(decidedBy, "decidedBy");
			Objects.requireNonNull(decisionNumber, "decisionNumber");
			Objects.requireNonNull(concludedOn, "concludedOn");
			Objects.requireNonNull(decidedOn, "decidedOn");
			Objects.requireNonNull(announcedOn, "announcedOn");
		}
	}
}

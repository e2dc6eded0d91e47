package vn.xdd.discipline;

import java.util.List;
import java.util.Objects;

import vn.xdd.shared.AuditEntry;
import vn.xdd.shared.Auditable;

/**
 * A case moved: opened, a violation recorded, a form proposed, a decision issued, a case closed, a
 * complaint filed or ruled on, a decision lapsed. The audit line is rendered from the message key.
 *
 * @param action the audit action (OPEN, VIOLATION, PROPOSE, DECIDE, CLOSE, COMPLAINT, RULING, LAPSE)
 * @param status the case's status after the change
 */
public record DisciplineCaseChanged(CaseId caseId, String action, CaseStatus status, String messageKey,
		List<String> arguments) implements Auditable {

	public DisciplineCaseChanged {
		Objects.requireNonNull(caseId, "caseId");
		Objects.requireNonNull(action, "action");
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(messageKey, "messageKey");
		arguments = List.copyOf(arguments);
	}

	@Override
	public AuditEntry auditEntry() {
		return AuditEntry.described(action, "DISCIPLINE_CASE", caseId.value(), messageKey, arguments.toArray());
	}
}

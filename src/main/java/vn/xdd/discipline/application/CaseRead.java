package vn.xdd.discipline.application;

import vn.xdd.shared.AuditEntry;
import vn.xdd.shared.Auditable;

/**
 * A discipline case, or a member's discipline history, was opened: discipline notes are sensitive
 * personal data, and every read leaves a line.
 */
record CaseRead(String recordType, long id) implements Auditable {

	@Override
	public AuditEntry auditEntry() {
		return AuditEntry.of("READ", recordType, id, null, null);
	}

	@Override
	public boolean recordEvenIfRolledBack() {
		return true;
	}
}

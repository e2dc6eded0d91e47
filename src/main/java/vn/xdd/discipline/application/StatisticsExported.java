package vn.xdd.discipline.application;

import vn.xdd.shared.AuditEntry;
import vn.xdd.shared.Auditable;

/** The discipline statistics of a unit and period left the system as an Excel file. */
record StatisticsExported(long unitId, String period) implements Auditable {

	@Override
	public AuditEntry auditEntry() {
		return AuditEntry.of("EXPORT", "DISCIPLINE_STATISTICS", unitId, null, period);
	}

	@Override
	public boolean recordEvenIfRolledBack() {
		return true;
	}
}

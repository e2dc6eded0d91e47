package vn.xdd.organization;

import java.time.LocalDate;

import vn.xdd.shared.AuditEntry;
import vn.xdd.shared.Auditable;
import vn.xdd.shared.OrgUnitId;

/** A unit was renamed (đổi tên) from {@code effectiveDate}: recorded event {@code eventId}. */
public record OrgUnitRenamed(long eventId, OrgUnitId unit, String oldName, String newName, LocalDate effectiveDate)
		implements Auditable {

	@Override
	public AuditEntry auditEntry() {
		return AuditEntry.described("RENAME", "ORG_UNIT", unit.value(), "audit.text.orgUnitRenamed", oldName, newName,
				effectiveDate, eventId);
	}
}

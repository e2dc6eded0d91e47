package vn.xdd.organization;

import java.time.LocalDate;
import java.util.List;

import vn.xdd.shared.AuditEntry;
import vn.xdd.shared.Auditable;

/**
 * The tree changed by a recorded event (create, rename, move, merge, split, dissolve) with its
 * effective date. Modules holding work per unit may listen to carry open items along.
 */
public record OrgUnitsRestructured(long eventId, String kind, LocalDate effectiveDate, String summary,
		List<Long> unitIds) implements Auditable {

	@Override
	public AuditEntry auditEntry() {
		return AuditEntry.of(kind, "ORG_UNIT", unitIds.isEmpty() ? null : unitIds.get(0), null,
				summary + " (hiệu lực " + effectiveDate + ", sự kiện " + eventId + ")");
	}
}

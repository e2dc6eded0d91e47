package vn.xdd.organization;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.xdd.shared.AuditEntry;
import vn.xdd.shared.Auditable;
import vn.xdd.shared.OrgUnitId;

/**
 * A unit was moved under another parent (điều chuyển) from {@code effectiveDate}, with its
 * subtree: recorded event {@code eventId}. A unit at the top had no parent before.
 */
public record OrgUnitMoved(long eventId, OrgUnitId unit, String name, @Nullable OrgUnitId oldParent,
		@Nullable String oldParentName, OrgUnitId newParent, String newParentName, LocalDate effectiveDate)
		implements Auditable {

	@Override
	public AuditEntry auditEntry() {
		return AuditEntry.described("MOVE", "ORG_UNIT", unit.value(), "audit.text.orgUnitMoved", name, oldParentName,
				newParentName, effectiveDate, eventId);
	}
}

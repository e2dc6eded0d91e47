package vn.xdd.organization;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.xdd.shared.AuditEntry;
import vn.xdd.shared.Auditable;
import vn.xdd.shared.OrgUnitId;

/**
 * A unit was founded (thành lập) under {@code parent} from {@code effectiveDate}: recorded event
 * {@code eventId} of the organisation's history. The root unit has no parent.
 */
public record OrgUnitCreated(long eventId, OrgUnitId unit, String name, @Nullable OrgUnitId parent,
		@Nullable String parentName, LocalDate effectiveDate) implements Auditable {

	@Override
	public AuditEntry auditEntry() {
		return AuditEntry.described("CREATE", "ORG_UNIT", unit.value(), "audit.text.orgUnitCreated", name,
				parentName, effectiveDate, eventId);
	}
}

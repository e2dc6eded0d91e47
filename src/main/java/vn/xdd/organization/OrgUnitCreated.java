package vn.xdd.organization;

import vn.xdd.shared.AuditEntry;
import vn.xdd.shared.Auditable;

/** A unit was added to the tree. */
public record OrgUnitCreated(OrgUnitSummary unit) implements Auditable {

	@Override
	public AuditEntry auditEntry() {
		return AuditEntry.of("CREATE", "ORG_UNIT", unit.id(), null,
				unit.name() + " [" + unit.typeCode() + "]" + (unit.parentId() == null ? "" : ", cấp trên " + unit.parentId())
						+ ", từ " + unit.validFrom() + (unit.validTo() == null ? "" : " đến " + unit.validTo()));
	}
}

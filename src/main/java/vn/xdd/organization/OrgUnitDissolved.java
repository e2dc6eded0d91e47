package vn.xdd.organization;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

import vn.xdd.shared.AuditEntry;
import vn.xdd.shared.Auditable;
import vn.xdd.shared.OrgUnitId;

/**
 * A unit ended (kết thúc hoạt động) the day before {@code effectiveDate}: recorded event
 * {@code eventId}; its {@code membersMoved} members went to {@code membersTo}, if it had any.
 */
public record OrgUnitDissolved(long eventId, OrgUnitId unit, String name, @Nullable OrgUnitId membersTo,
		@Nullable String membersToName, int membersMoved, LocalDate effectiveDate) implements Auditable {

	@Override
	public AuditEntry auditEntry() {
		return membersTo == null
				? AuditEntry.described("DISSOLVE", "ORG_UNIT", unit.value(), "audit.text.orgUnitDissolved", name,
						effectiveDate, eventId)
				: AuditEntry.described("DISSOLVE", "ORG_UNIT", unit.value(), "audit.text.orgUnitDissolvedMembersMoved",
						name, membersMoved, membersToName, effectiveDate, eventId);
	}
}

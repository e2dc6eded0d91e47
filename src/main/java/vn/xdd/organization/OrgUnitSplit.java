package vn.xdd.organization;

import java.time.LocalDate;
import java.util.List;

import vn.xdd.shared.AuditEntry;
import vn.xdd.shared.Auditable;
import vn.xdd.shared.OrgUnitId;

/**
 * A unit was split (chia tách) into new {@code parts} from {@code effectiveDate}: recorded event
 * {@code eventId}. The source either continues with what it kept, or ended the day before and
 * the parts succeed it.
 */
public record OrgUnitSplit(long eventId, OrgUnitId source, String sourceName, List<OrgUnitId> parts,
		List<String> partNames, boolean sourceContinues, LocalDate effectiveDate) implements Auditable {

	public OrgUnitSplit {
		parts = List.copyOf(parts);
		partNames = List.copyOf(partNames);
	}

	@Override
	public AuditEntry auditEntry() {
		return AuditEntry.described("SPLIT", "ORG_UNIT", source.value(),
				sourceContinues ? "audit.text.orgUnitSplitContinues" : "audit.text.orgUnitSplit", sourceName,
				String.join(", ", partNames), effectiveDate, eventId);
	}
}

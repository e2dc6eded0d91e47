package vn.xdd.organization;

import java.time.LocalDate;
import java.util.List;

import vn.xdd.shared.AuditEntry;
import vn.xdd.shared.Auditable;
import vn.xdd.shared.OrgUnitId;

/**
 * Units were merged (hợp nhất, sáp nhập) into {@code target} from {@code effectiveDate}: every
 * source ended the day before, its members, child units and succession went to the target
 * (an existing unit, or one founded by the merge). Modules holding work per unit listen to carry
 * open items along.
 *
 * @param summary what the organisation's history records of the event (its unit pages show it)
 */
public record OrgUnitsMerged(long eventId, List<OrgUnitId> sources, List<String> sourceNames, OrgUnitId target,
		String targetName, LocalDate effectiveDate, String summary) implements Auditable {

	public OrgUnitsMerged {
		sources = List.copyOf(sources);
		sourceNames = List.copyOf(sourceNames);
	}

	@Override
	public AuditEntry auditEntry() {
		return AuditEntry.described("MERGE", "ORG_UNIT", sources.isEmpty() ? null : sources.get(0).value(),
				"audit.text.orgUnitsMerged", String.join(", ", sourceNames), targetName, effectiveDate, eventId);
	}
}

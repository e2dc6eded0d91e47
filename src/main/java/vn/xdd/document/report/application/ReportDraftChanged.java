package vn.xdd.document.report.application;

import vn.xdd.shared.AuditEntry;
import vn.xdd.shared.Auditable;

/** A results report draft was started or its texts edited, for the audit trail. */
public record ReportDraftChanged(long draftId, String action, String summary) implements Auditable {

	@Override
	public AuditEntry auditEntry() {
		return AuditEntry.of(action, "REPORT_DRAFT", draftId, null, summary);
	}
}

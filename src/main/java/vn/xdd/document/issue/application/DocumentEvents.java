package vn.xdd.document.issue.application;

import vn.xdd.shared.AuditEntry;
import vn.xdd.shared.Auditable;

/** What the register records in the audit trail. */
public final class DocumentEvents {

	private DocumentEvents() {
	}

	/** A document was issued with its number, or re-issued as a new version of its files. */
	public record DocumentIssued(long documentId, String numberSymbol, int versionNo, String docxSha256)
			implements Auditable {

		@Override
		public AuditEntry auditEntry() {
			return AuditEntry.of(versionNo == 1 ? "CREATE" : "UPDATE", "DOCUMENT", documentId, null,
					numberSymbol + " v" + versionNo + " sha256 " + docxSha256);
		}
	}

	/** A file of an issued document was downloaded. */
	public record DocumentFileRead(long documentId, String fileName, int versionNo) implements Auditable {

		@Override
		public AuditEntry auditEntry() {
			return AuditEntry.of("READ", "DOCUMENT", documentId, null, fileName + " v" + versionNo);
		}

		@Override
		public boolean recordEvenIfRolledBack() {
			return true;
		}
	}
}

package vn.xdd.organization.application;

import org.jspecify.annotations.Nullable;

import vn.xdd.shared.AuditEntry;
import vn.xdd.shared.Auditable;

/** Events of the member registry; each leaves a line in the audit trail. */
public final class MemberEvents {

	private MemberEvents() {
	}

	public record MemberRegistered(long memberId, String summary) implements Auditable {

		@Override
		public AuditEntry auditEntry() {
			return AuditEntry.of("CREATE", "MEMBER", memberId, null, summary);
		}
	}

	public record MemberUpdated(long memberId, String before, String after) implements Auditable {

		@Override
		public AuditEntry auditEntry() {
			return AuditEntry.of("UPDATE", "MEMBER", memberId, before, after);
		}
	}

	public record MemberStatusChanged(long memberId, String before, String after) implements Auditable {

		@Override
		public AuditEntry auditEntry() {
			return AuditEntry.of("STATUS_CHANGE", "MEMBER", memberId, before, after);
		}
	}

	public record MemberTransferred(long memberId, String before, String after) implements Auditable {

		@Override
		public AuditEntry auditEntry() {
			return AuditEntry.of("TRANSFER", "MEMBER", memberId, before, after);
		}
	}

	public record PositionChanged(long memberId, @Nullable String before, String after) implements Auditable {

		@Override
		public AuditEntry auditEntry() {
			return AuditEntry.of("POSITION", "MEMBER", memberId, before, after);
		}
	}

	/** A full member record was opened: a read of sensitive personal data. */
	public record MemberRecordRead(long memberId) implements Auditable {

		@Override
		public AuditEntry auditEntry() {
			return AuditEntry.of("READ", "MEMBER", memberId, null, null);
		}

		@Override
		public boolean recordEvenIfRolledBack() {
			return true;
		}
	}

	/** A list of members left the system as a file. */
	public record MembersExported(String filter, long rows) implements Auditable {

		@Override
		public AuditEntry auditEntry() {
			return new AuditEntry(null, "EXPORT", "MEMBER", null, null, null, filter)
				.withText("audit.text.membersExported", rows);
		}

		@Override
		public boolean recordEvenIfRolledBack() {
			return true;
		}
	}

	/** A list of members came in from a file. */
	public record MembersImported(String fileName, int created, int updated) implements Auditable {

		@Override
		public AuditEntry auditEntry() {
			return new AuditEntry(null, "IMPORT", "MEMBER", null, null, null, fileName)
				.withText("audit.text.membersImported", created, updated);
		}
	}
}

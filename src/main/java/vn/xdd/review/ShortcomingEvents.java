package vn.xdd.review;

import org.jspecify.annotations.Nullable;

import vn.xdd.shared.AuditEntry;
import vn.xdd.shared.Auditable;
import vn.xdd.shared.OrgUnitId;

/** What happens to items of the register, for the audit trail and for notifications. */
public final class ShortcomingEvents {

	private ShortcomingEvents() {
	}

	/** An item entered the register. */
	public record ShortcomingRecorded(ShortcomingId id, OrgUnitId holderUnit, String text) implements Auditable {

		@Override
		public AuditEntry auditEntry() {
			return AuditEntry.of("CREATE", "SHORTCOMING", id.value(), null, text);
		}
	}

	/** An item moved from one status to another; {@code note} is the reason of a return. */
	public record ShortcomingStatusChanged(ShortcomingId id, OrgUnitId holderUnit, ShortcomingStatus from,
			ShortcomingStatus to, @Nullable String note, String by) implements Auditable {

		@Override
		public AuditEntry auditEntry() {
			return AuditEntry.of("UPDATE", "SHORTCOMING", id.value(), from.name(),
					to.name() + (note == null || note.isBlank() ? "" : ": " + note));
		}
	}
}

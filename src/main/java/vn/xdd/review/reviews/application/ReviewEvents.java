package vn.xdd.review.reviews.application;

import vn.xdd.shared.AuditEntry;
import vn.xdd.shared.Auditable;
import vn.xdd.shared.OrgUnitId;

/** What happens to reviews, for the audit trail. */
public final class ReviewEvents {

	private ReviewEvents() {
	}

	/** A review was started (recorded as a draft). */
	public record ReviewRecorded(long id, OrgUnitId unit, String subject) implements Auditable {

		@Override
		public AuditEntry auditEntry() {
			return AuditEntry.of("CREATE", "REVIEW", id, null, subject);
		}
	}

	/** A draft was changed. */
	public record ReviewChanged(long id, OrgUnitId unit) implements Auditable {

		@Override
		public AuditEntry auditEntry() {
			return AuditEntry.of("UPDATE", "REVIEW", id, null, null);
		}
	}

	/** A review was submitted: it counts in the tracker and no longer changes. */
	public record ReviewSubmitted(long id, OrgUnitId unit) implements Auditable {

		@Override
		public AuditEntry auditEntry() {
			return AuditEntry.of("UPDATE", "REVIEW", id, "DRAFT", "SUBMITTED");
		}
	}
}

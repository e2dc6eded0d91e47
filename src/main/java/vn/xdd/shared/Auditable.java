package vn.xdd.shared;

/**
 * An event that must leave a line in the audit trail. Modules publish such events after (and in
 * the same transaction as) the change they describe; the audit module records them.
 */
public interface Auditable {

	AuditEntry auditEntry();

	/**
	 * Whether the line must be kept when the surrounding transaction rolls back: true for
	 * login attempts, refused accesses and reads, which are facts even when the request fails.
	 */
	default boolean recordEvenIfRolledBack() {
		return false;
	}
}

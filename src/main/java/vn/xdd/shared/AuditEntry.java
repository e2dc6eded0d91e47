package vn.xdd.shared;

import org.jspecify.annotations.Nullable;

/**
 * One line of the audit trail as a module describes it. {@code actor} may be left null: the
 * audit module then takes the signed-in user.
 *
 * @param action what happened (CREATE, UPDATE, READ, EXPORT, LOGIN_SUCCESS, ACCESS_DENIED…)
 * @param recordType the kind of record (USER, ORG_UNIT, MEMBER…)
 * @param before a short summary of the record before the change, if any
 * @param after a short summary after the change, if any
 */
public record AuditEntry(@Nullable String actor, String action, String recordType, @Nullable String recordId,
		@Nullable String before, @Nullable String after, @Nullable String detail) {

	public static AuditEntry of(String action, String recordType, @Nullable Object recordId, @Nullable String before,
			@Nullable String after) {
		return new AuditEntry(null, action, recordType, recordId == null ? null : recordId.toString(), before, after,
				null);
	}
}

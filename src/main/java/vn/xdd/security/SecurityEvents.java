package vn.xdd.security;

import org.jspecify.annotations.Nullable;

import vn.xdd.shared.AuditEntry;
import vn.xdd.shared.Auditable;

/** Events of the security module; each leaves a line in the audit trail. */
public final class SecurityEvents {

	private SecurityEvents() {
	}

	public record UserCreated(long userId, String username, String fullName, String firstGrant) implements Auditable {

		@Override
		public AuditEntry auditEntry() {
			return AuditEntry.of("CREATE", "USER", userId, null, username + " (" + fullName + "), " + firstGrant);
		}
	}

	public record RoleGranted(long userId, String username, String grant) implements Auditable {

		@Override
		public AuditEntry auditEntry() {
			return AuditEntry.of("GRANT", "USER", userId, null, username + ": " + grant);
		}
	}

	public record RoleRevoked(long userId, String username, String grant) implements Auditable {

		@Override
		public AuditEntry auditEntry() {
			return AuditEntry.of("REVOKE", "USER", userId, username + ": " + grant, null);
		}
	}

	public record PasswordChanged(long userId, String username, boolean byAdministrator) implements Auditable {

		@Override
		public AuditEntry auditEntry() {
			return AuditEntry.of(byAdministrator ? "RESET_PASSWORD" : "CHANGE_PASSWORD", "USER", userId, null, username);
		}
	}

	/** The e-mail address notices are sent to, set by the user or by an administrator; null when cleared. */
	public record EmailChanged(long userId, String username, @Nullable String before, @Nullable String after,
			boolean byAdministrator) implements Auditable {

		@Override
		public AuditEntry auditEntry() {
			return AuditEntry.of("UPDATE", "USER", userId, "email=" + (before == null ? "" : before),
					"email=" + (after == null ? "" : after) + (byAdministrator ? "" : " (" + username + ")"));
		}
	}

	public record UserEnabledChanged(long userId, String username, boolean enabled) implements Auditable {

		@Override
		public AuditEntry auditEntry() {
			return AuditEntry.of("UPDATE", "USER", userId, "enabled=" + !enabled, "enabled=" + enabled);
		}
	}

	/** A login attempt, successful or not; recorded even when the request fails. */
	public record LoginAttempted(String username, boolean success, @Nullable String reason) implements Auditable {

		@Override
		public AuditEntry auditEntry() {
			return new AuditEntry(username, success ? "LOGIN_SUCCESS" : "LOGIN_FAILURE", "USER", null, null, null,
					reason);
		}

		@Override
		public boolean recordEvenIfRolledBack() {
			return true;
		}
	}

	/** A user asked for a record outside their scope; answered as "not found". */
	public record AccessOutsideScope(String recordType, String recordId) implements Auditable {

		@Override
		public AuditEntry auditEntry() {
			return new AuditEntry(null, "ACCESS_DENIED", recordType, recordId, null, null, "OUT_OF_SCOPE");
		}

		@Override
		public boolean recordEvenIfRolledBack() {
			return true;
		}
	}

	/** A personal access token of the API created by its holder (the secret is never in the trail). */
	public record ApiTokenCreated(long tokenId, String username, String name, String expiresAt) implements Auditable {

		@Override
		public AuditEntry auditEntry() {
			return AuditEntry.of("TOKEN_CREATE", "API_TOKEN", tokenId, null, username + ": " + name + " → " + expiresAt);
		}
	}

	/** A personal access token revoked by its holder: refused from the next request on. */
	public record ApiTokenRevoked(long tokenId, String username, String name) implements Auditable {

		@Override
		public AuditEntry auditEntry() {
			return AuditEntry.of("TOKEN_REVOKE", "API_TOKEN", tokenId, username + ": " + name, null);
		}
	}

	/** The first use of a token on a day (Vietnam time): one line per token and day, not per request. */
	public record ApiTokenUsed(long tokenId, String username, String name) implements Auditable {

		@Override
		public AuditEntry auditEntry() {
			return new AuditEntry(username, "TOKEN_USE", "API_TOKEN", Long.toString(tokenId), null, null, name);
		}
	}
}

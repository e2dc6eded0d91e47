package vn.xdd.shared.rule;

import java.util.Arrays;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.xdd.shared.BusinessRuleException;
import vn.xdd.shared.PermissionDeniedException;

/**
 * What a rule answers: allowed, or refused with the key of a message the user can read, its
 * arguments, and the record that caused the refusal (for example the sanction in force that bars
 * an appointment), so that a page can name it and link to it.
 */
public sealed interface RuleResult permits RuleResult.Allowed, RuleResult.Refused {

	/** The one allowed answer. */
	static RuleResult allowed() {
		return Allowed.INSTANCE;
	}

	/** A refusal that no single record caused (the request itself breaks the rule). */
	static RuleResult refused(String messageKey, Object... arguments) {
		return new Refused(messageKey, arguments, null);
	}

	/**
	 * A refusal by a rule of permission: the user's roles do not allow the request, whatever its
	 * content (thrown as a {@link PermissionDeniedException}, answered 403 by the API).
	 */
	static RuleResult forbidden(String messageKey, Object... arguments) {
		return new Refused(messageKey, arguments, null, Refused.Kind.PERMISSION);
	}

	/** A refusal caused by the given record. */
	static RuleResult refusedBecauseOf(Cause cause, String messageKey, Object... arguments) {
		return new Refused(messageKey, arguments, cause);
	}

	boolean isAllowed();

	default boolean isRefused() {
		return !isAllowed();
	}

	/**
	 * Throws a refusal as a {@link BusinessRuleException}, or as its {@link PermissionDeniedException}
	 * when a rule of permission refused (nothing was changed); does nothing when allowed.
	 */
	default void orThrow() {
		if (this instanceof Refused refused) {
			if (refused.kind() == Refused.Kind.PERMISSION) {
				throw new PermissionDeniedException(refused.messageKey(), refused.arguments());
			}
			throw new BusinessRuleException(refused.messageKey(), refused.arguments());
		}
	}

	/** The answer of a rule that lets the request through. */
	final class Allowed implements RuleResult {

		private static final Allowed INSTANCE = new Allowed();

		private Allowed() {
		}

		@Override
		public boolean isAllowed() {
			return true;
		}

		@Override
		public String toString() {
			return "Allowed";
		}
	}

	/**
	 * The answer of a rule that stops the request.
	 *
	 * @param messageKey the message that tells the user why, in the bundles of every language
	 * @param cause the record that caused the refusal, if one did
	 * @param kind whether the request itself breaks a rule, or the user may not make it at all
	 */
	record Refused(String messageKey, Object[] arguments, @Nullable Cause cause, Kind kind) implements RuleResult {

		/** What kind of rule refused: one of the domain, or one of permission. */
		public enum Kind {
			/** The request breaks a rule of the domain (its content, the state of the record). */
			RULE,
			/** The user's roles do not allow the request. */
			PERMISSION
		}

		public Refused {
			Objects.requireNonNull(messageKey, "messageKey");
			Objects.requireNonNull(kind, "kind");
			if (messageKey.isBlank()) {
				throw new IllegalArgumentException("a refusal needs a message key");
			}
			arguments = arguments.clone();
		}

		public Refused(String messageKey, Object[] arguments, @Nullable Cause cause) {
			this(messageKey, arguments, cause, Kind.RULE);
		}

		@Override
		public Object[] arguments() {
			return arguments.clone();
		}

		@Override
		public boolean isAllowed() {
			return false;
		}

		@Override
		public boolean equals(@Nullable Object other) {
			return other instanceof Refused that && messageKey.equals(that.messageKey)
					&& Arrays.equals(arguments, that.arguments) && Objects.equals(cause, that.cause) && kind == that.kind;
		}

		@Override
		public int hashCode() {
			return Objects.hash(messageKey, Arrays.hashCode(arguments), cause, kind);
		}

		@Override
		public String toString() {
			return "Refused[" + (kind == Kind.PERMISSION ? "permission " : "") + messageKey + Arrays.toString(arguments)
					+ (cause == null ? "" : " by " + cause) + "]";
		}
	}

	/**
	 * The record that caused a refusal, named by its kind (the record types of the audit trail:
	 * SHORTCOMING, PLAN, MEMBER, SANCTION…) and id.
	 */
	record Cause(String recordType, String recordId) {

		public Cause {
			Objects.requireNonNull(recordType, "recordType");
			Objects.requireNonNull(recordId, "recordId");
		}

		public static Cause of(String recordType, Object recordId) {
			return new Cause(recordType, String.valueOf(recordId));
		}
	}
}

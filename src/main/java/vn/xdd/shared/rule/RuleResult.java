package vn.xdd.shared.rule;

import java.util.Arrays;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

import vn.xdd.shared.BusinessRuleException;

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

	/** A refusal caused by the given record. */
	static RuleResult refusedBecauseOf(Cause cause, String messageKey, Object... arguments) {
		return new Refused(messageKey, arguments, cause);
	}

	boolean isAllowed();

	default boolean isRefused() {
		return !isAllowed();
	}

	/** Throws a refusal as a {@link BusinessRuleException} (nothing was changed); does nothing when allowed. */
	default void orThrow() {
		if (this instanceof Refused refused) {
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
	 */
	record Refused(String messageKey, Object[] arguments, @Nullable Cause cause) implements RuleResult {

		public Refused {
			Objects.requireNonNull(messageKey, "messageKey");
			if (messageKey.isBlank()) {
				throw new IllegalArgumentException("a refusal needs a message key");
			}
			arguments = arguments.clone();
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
					&& Arrays.equals(arguments, that.arguments) && Objects.equals(cause, that.cause);
		}

		@Override
		public int hashCode() {
			return Objects.hash(messageKey, Arrays.hashCode(arguments), cause);
		}

		@Override
		public String toString() {
			return "Refused[" + messageKey + Arrays.toString(arguments) + (cause == null ? "" : " by " + cause) + "]";
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

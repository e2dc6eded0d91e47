package vn.xdd.shared;

import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * One line of the audit trail as a module describes it. {@code actor} may be left null: the
 * audit module then takes the signed-in user.
 * <p>
 * What happened is described by a message key and its arguments ({@link #described}), so the
 * trail reads in the language of whoever opens it; the arguments are the record's own data
 * (a name, a number symbol, a count), never words of the interface.
 *
 * @param action what happened (CREATE, UPDATE, READ, EXPORT, LOGIN_SUCCESS, ACCESS_DENIED…)
 * @param recordType the kind of record (USER, ORG_UNIT, MEMBER…)
 * @param before a short summary of the record before the change, if any (data, not words)
 * @param after a short summary after the change, if any (data, not words)
 * @param messageKey the message that says what happened, in the bundles of every language
 * @param arguments the message's arguments, as text
 */
public record AuditEntry(@Nullable String actor, String action, String recordType, @Nullable String recordId,
		@Nullable String before, @Nullable String after, @Nullable String detail, @Nullable String messageKey,
		List<String> arguments) {

	public AuditEntry {
		arguments = List.copyOf(arguments);
	}

	/** A line without a described text (its before and after summaries say it all). */
	public AuditEntry(@Nullable String actor, String action, String recordType, @Nullable String recordId,
			@Nullable String before, @Nullable String after, @Nullable String detail) {
		this(actor, action, recordType, recordId, before, after, detail, null, List.of());
	}

	public static AuditEntry of(String action, String recordType, @Nullable Object recordId, @Nullable String before,
			@Nullable String after) {
		return new AuditEntry(null, action, recordType, recordId == null ? null : recordId.toString(), before, after,
				null);
	}

	/** A line whose text is the message {@code messageKey} with its arguments (null arguments print empty). */
	public static AuditEntry described(String action, String recordType, @Nullable Object recordId, String messageKey,
			@Nullable Object... arguments) {
		return of(action, recordType, recordId, null, null).withText(messageKey, arguments);
	}

	/** This line, described by the message {@code messageKey} with its arguments. */
	public AuditEntry withText(String messageKey, @Nullable Object... arguments) {
		List<String> texts = new ArrayList<>(arguments.length);
		for (Object argument : arguments) {
			texts.add(argument == null ? "" : argument.toString());
		}
		return new AuditEntry(actor, action, recordType, recordId, before, after, detail, messageKey, texts);
	}
}

package vn.xdd.notification;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jspecify.annotations.Nullable;

/**
 * One notice of the notification centre. What happened is a message key and its arguments, so a
 * notice reads in the language of whoever opens it (the centre, the API and the e-mail render it);
 * the arguments are the record's own data (a number symbol, a task's text, a reason), never words
 * of the interface.
 *
 * @param messageKey the message that says what happened, in the bundles of every language (e.g.
 *     notice.reportReturned: Nhiệm vụ ‘{0}’ của Kế hoạch số {1} đã bị trả lại: {2})
 * @param arguments the message's arguments, as text
 * @param link the page of the record, relative to the application (e.g. /plans/12#task-40)
 * @param key what the notice is about, to send a deadline notice once (e.g. plan-task:40);
 *     notices with the same addressee, kind and key are not repeated on the same day
 */
public record Notice(Addressee to, NoticeKind kind, String messageKey, List<String> arguments, String link,
		String key) {

	public Notice {
		Objects.requireNonNull(messageKey, "messageKey");
		arguments = List.copyOf(arguments);
	}

	/** A notice whose text is the message {@code messageKey} with its arguments (null arguments print empty). */
	public static Notice described(Addressee to, NoticeKind kind, String link, String key, String messageKey,
			@Nullable Object... arguments) {
		List<String> texts = new ArrayList<>(arguments.length);
		for (Object argument : arguments) {
			texts.add(argument == null ? "" : argument.toString());
		}
		return new Notice(to, kind, messageKey, texts, link, key);
	}
}

package vn.xdd.notification.application;

import java.util.Locale;
import java.util.Objects;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.xdd.notification.persistence.JdbcNotifications.NoticeRow;

/**
 * What a stored notice says, in a reader's language: its message with its arguments, or the text
 * it was written with before notices had message keys (those stay in Vietnamese, as written).
 */
@Component
class NoticeTexts {

	private final MessageSource messages;

	NoticeTexts(MessageSource messages) {
		this.messages = messages;
	}

	String text(NoticeRow notice, Locale locale) {
		String key = notice.messageKey();
		if (key == null) {
			String text = notice.text();
			return text == null ? "" : text;
		}
		return Objects.requireNonNullElse(messages.getMessage(key, notice.arguments().toArray(), key, locale), key);
	}

	NoticeView view(NoticeRow notice, Locale locale) {
		return new NoticeView(notice.id(), notice.kind(), text(notice, locale), notice.link(), notice.createdAt(),
				notice.read());
	}
}

package vn.xdd.notification.application;

import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.notification.persistence.JdbcNotifications;
import vn.xdd.notification.persistence.JdbcNotifications.NoticeRow;
import vn.xdd.notification.persistence.JdbcNotifications.Reader;
import vn.xdd.shared.NotFoundException;

/**
 * Marks one of the signed-in user's notices read (when they open it). A notice addressed to
 * someone else does not exist for them (404).
 */
@Component
public class OpenNotice {

	private final NoticeReaders readers;

	private final JdbcNotifications notifications;

	private final NoticeTexts texts;

	OpenNotice(NoticeReaders readers, JdbcNotifications notifications, NoticeTexts texts) {
		this.readers = readers;
		this.notifications = notifications;
		this.texts = texts;
	}

	@Transactional
	public NoticeView open(long id, Locale locale) {
		Reader reader = readers.required();
		NoticeRow notice = notifications.findVisible(reader, id)
			.orElseThrow(() -> new NotFoundException("notification", Long.toString(id)));
		notifications.markRead(reader.user(), id);
		return texts.view(notice.asRead(), locale);
	}
}

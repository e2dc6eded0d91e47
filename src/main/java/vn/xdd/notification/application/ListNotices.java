package vn.xdd.notification.application;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.notification.persistence.JdbcNotifications;

/** The signed-in user's notices, newest first, in their language. */
@Component
public class ListNotices {

	/** The centre shows this many of the latest notices. */
	public static final int LIMIT = 200;

	private final NoticeReaders readers;

	private final JdbcNotifications notifications;

	private final NoticeTexts texts;

	ListNotices(NoticeReaders readers, JdbcNotifications notifications, NoticeTexts texts) {
		this.readers = readers;
		this.notifications = notifications;
		this.texts = texts;
	}

	@Transactional(readOnly = true)
	public List<NoticeView> list(Locale locale) {
		return notifications.visibleTo(readers.required(), LIMIT).stream().map(n -> texts.view(n, locale)).toList();
	}
}

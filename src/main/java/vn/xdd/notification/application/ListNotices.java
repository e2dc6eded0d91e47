package vn.xdd.notification.application;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.notification.persistence.JdbcNotifications;
import vn.xdd.notification.persistence.JdbcNotifications.NoticeRow;

/** The signed-in user's notices, newest first. */
@Component
public class ListNotices {

	/** The centre shows this many of the latest notices. */
	public static final int LIMIT = 200;

	private final NoticeReaders readers;

	private final JdbcNotifications notifications;

	ListNotices(NoticeReaders readers, JdbcNotifications notifications) {
		this.readers = readers;
		this.notifications = notifications;
	}

	@Transactional(readOnly = true)
	public List<NoticeRow> list() {
		return notifications.visibleTo(readers.required(), LIMIT);
	}
}

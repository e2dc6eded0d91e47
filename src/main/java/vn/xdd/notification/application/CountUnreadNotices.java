package vn.xdd.notification.application;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.notification.NoticeInbox;
import vn.xdd.notification.persistence.JdbcNotifications;

/** The number in the header: the signed-in user's unread notices. */
@Component
class CountUnreadNotices implements NoticeInbox {

	private final NoticeReaders readers;

	private final JdbcNotifications notifications;

	CountUnreadNotices(NoticeReaders readers, JdbcNotifications notifications) {
		this.readers = readers;
		this.notifications = notifications;
	}

	@Override
	@Transactional(readOnly = true)
	public long unreadCount() {
		return readers.current().map(notifications::countUnread).orElse(0L);
	}
}

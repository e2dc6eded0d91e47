package vn.xdd.notification.application;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.notification.persistence.JdbcNotifications;

/** Marks every notice of the signed-in user read; returns how many were unread. */
@Component
public class MarkAllNoticesRead {

	private final NoticeReaders readers;

	private final JdbcNotifications notifications;

	MarkAllNoticesRead(NoticeReaders readers, JdbcNotifications notifications) {
		this.readers = readers;
		this.notifications = notifications;
	}

	@Transactional
	public int markAll() {
		return notifications.markAllRead(readers.required());
	}
}

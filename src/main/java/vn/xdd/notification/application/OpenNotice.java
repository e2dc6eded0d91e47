package vn.xdd.notification.application;

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

	OpenNotice(NoticeReaders readers, JdbcNotifications notifications) {
		this.readers = readers;
		this.notifications = notifications;
	}

	@Transactional
	public NoticeRow open(long id) {
		Reader reader = readers.required();
		NoticeRow notice = notifications.findVisible(reader, id)
			.orElseThrow(() -> new NotFoundException("notification", Long.toString(id)));
		notifications.markRead(reader.user(), id);
		return new NoticeRow(notice.id(), notice.to(), notice.kind(), notice.text(), notice.link(), notice.key(),
				notice.createdAt(), true);
	}
}

package vn.xdd.notification.application;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

import vn.xdd.notification.NoticeInbox;

/**
 * What the centre's page and its JSON API do, as one entry point both controllers share: the
 * signed-in user's notices in their language, opening one, marking all read, the unread count.
 */
@Component
public class NotificationCentre {

	private final ListNotices list;

	private final OpenNotice open;

	private final MarkAllNoticesRead markAll;

	private final NoticeInbox inbox;

	NotificationCentre(ListNotices list, OpenNotice open, MarkAllNoticesRead markAll, NoticeInbox inbox) {
		this.list = list;
		this.open = open;
		this.markAll = markAll;
		this.inbox = inbox;
	}

	/** The latest notices, newest first (at most {@link ListNotices#LIMIT}). */
	public List<NoticeView> notices(Locale locale) {
		return list.list(locale);
	}

	/** Marks the notice read and returns it; 404 when it is not the user's. */
	public NoticeView open(long id, Locale locale) {
		return open.open(id, locale);
	}

	/** How many were unread. */
	public int markAllRead() {
		return markAll.markAll();
	}

	public long unreadCount() {
		return inbox.unreadCount();
	}
}

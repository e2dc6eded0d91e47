package vn.xdd.notification;

/** The notices of the signed-in user, as the header shows them. */
public interface NoticeInbox {

	/** How many notices the signed-in user has not read yet; 0 when nobody is signed in. */
	long unreadCount();
}

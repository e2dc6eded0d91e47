package vn.xdd.notification;

/** Sends notices to the notification centre (and by e-mail when a mail server is configured). */
public interface Notices {

	/** Sends a notice within the caller's transaction: it is kept only if the change is. */
	void send(Notice notice);
}

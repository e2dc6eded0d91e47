package vn.xdd.notification.application;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.xdd.notification.Notice;
import vn.xdd.notification.Noticeable;

/**
 * Sends the notices of every {@link Noticeable} event, synchronously, as the audit trail records
 * its lines: a notice is written in the transaction of the change it tells about (no notice
 * without its change, no change without its notice), and mailed after that transaction commits.
 */
@Component
class NoticeableEvents {

	private final SendNotice send;

	NoticeableEvents(SendNotice send) {
		this.send = send;
	}

	@EventListener
	void on(Noticeable event) {
		for (Notice notice : event.notices()) {
			send.send(notice);
		}
	}
}

package vn.xdd.notification.application;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.xdd.notification.Notice;
import vn.xdd.notification.Notices;
import vn.xdd.notification.persistence.JdbcNotifications;

/**
 * Stores a notice in the caller's transaction, once a day per addressee, kind and key; when the
 * transaction commits, the notice also goes out by e-mail (if a mail server is configured).
 */
@Component
class SendNotice implements Notices {

	private final JdbcNotifications notifications;

	private final NoticeMail mail;

	private final Clock clock;

	SendNotice(JdbcNotifications notifications, NoticeMail mail, Clock clock) {
		this.notifications = notifications;
		this.mail = mail;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void send(Notice notice) {
		sendOnce(notice, LocalDate.now(clock));
	}

	/** Whether the notice is new today (false: the same notice was already sent on {@code day}). */
	boolean sendOnce(Notice notice, LocalDate day) {
		Optional<Long> id = notifications.insertOncePerDay(notice, day);
		id.ifPresent(this::mailAfterCommit);
		return id.isPresent();
	}

	private void mailAfterCommit(long id) {
		if (!mail.configured()) {
			return;
		}
		if (!TransactionSynchronizationManager.isSynchronizationActive()) {
			mail.send(id);
			return;
		}
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
			@Override
			public void afterCommit() {
				mail.send(id);
			}
		});
	}
}

package vn.xdd.notification.application;

import java.time.LocalDate;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.xdd.notification.Deadline;
import vn.xdd.notification.DeadlineSource;
import vn.xdd.notification.Notice;
import vn.xdd.notification.NoticeKind;
import vn.xdd.notification.NotificationProperties;
import vn.xdd.shared.VietnameseText;

/**
 * The daily deadline round: asks every {@link DeadlineSource} for the open work due until today
 * plus the due soon window, and sends due soon notices for work due from today on and
 * overdue notices for work due before today. Each notice goes out once a day: running the round
 * again the same day sends nothing new.
 */
@Component
public class ComputeDeadlineNotices {

	private static final Logger log = LoggerFactory.getLogger(ComputeDeadlineNotices.class);

	private final List<DeadlineSource> sources;

	private final SendNotice send;

	private final NotificationProperties properties;

	ComputeDeadlineNotices(List<DeadlineSource> sources, SendNotice send, NotificationProperties properties) {
		this.sources = sources;
		this.send = send;
		this.properties = properties;
	}

	/** What one round sent. */
	public record Counts(int dueSoon, int overdue, int alreadySent) {
	}

	@Transactional
	public Counts run(LocalDate today) {
		LocalDate horizon = today.plusDays(properties.dueSoonDays());
		int dueSoon = 0;
		int overdue = 0;
		int alreadySent = 0;
		for (DeadlineSource source : sources) {
			for (Deadline deadline : source.openDeadlinesUntil(horizon)) {
				if (deadline.dueOn().isAfter(horizon)) {
					continue;
				}
				boolean late = deadline.dueOn().isBefore(today);
				NoticeKind kind = late ? NoticeKind.OVERDUE : NoticeKind.DUE_SOON;
				Notice notice = Notice.described(deadline.to(), kind, deadline.link(), deadline.key(),
						late ? "notice.overdue" : "notice.dueSoon", VietnameseText.date(deadline.dueOn()), deadline.title());
				if (!send.sendOnce(notice, today)) {
					alreadySent++;
				}
				else if (late) {
					overdue++;
				}
				else {
					dueSoon++;
				}
			}
		}
		Counts counts = new Counts(dueSoon, overdue, alreadySent);
		log.info("Deadline notices for {}: {} due soon, {} overdue, {} already sent today", today, counts.dueSoon(),
				counts.overdue(), counts.alreadySent());
		return counts;
	}
}

package vn.xdd.notification.application;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import vn.xdd.security.SystemTasks;

/**
 * Runs the deadline round every morning (XDD_NOTIFICATIONS_CRON, 06:00 in Vietnam by default), as
 * the installation's administrator so that the deadline sources read the whole tree.
 * Scheduling is enabled here because this job is the application's only scheduled work. The round
 * also runs once when the application has started: offices switch their machines off at night, and
 * a round missed at 06:00 would otherwise wait a day (notices are sent once a day, so a second
 * round the same day repeats nothing).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DailyDeadlineJob {

	private static final Logger log = LoggerFactory.getLogger(DailyDeadlineJob.class);

	private final ComputeDeadlineNotices compute;

	private final SystemTasks systemTasks;

	private final Clock clock;

	private final boolean scheduled;

	DailyDeadlineJob(ComputeDeadlineNotices compute, SystemTasks systemTasks, Clock clock,
			@org.springframework.beans.factory.annotation.Value("${xdd.notifications.daily-cron}") String cron) {
		this.compute = compute;
		this.systemTasks = systemTasks;
		this.clock = clock;
		this.scheduled = !"-".equals(cron.strip());
	}

	@org.springframework.context.event.EventListener(org.springframework.boot.context.event.ApplicationReadyEvent.class)
	void catchUpAtStart() {
		if (scheduled) {
			runToday();
		}
	}

	@Scheduled(cron = "${xdd.notifications.daily-cron}", zone = "Asia/Ho_Chi_Minh")
	void runToday() {
		try {
			systemTasks.runAsAdministrator(() -> compute.run(LocalDate.now(clock)));
		}
		catch (RuntimeException e) {
			log.error("The daily deadline round failed", e);
		}
	}
}

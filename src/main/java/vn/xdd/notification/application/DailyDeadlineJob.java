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
 * Scheduling is enabled here because this job is the application's only scheduled work.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class DailyDeadlineJob {

	private static final Logger log = LoggerFactory.getLogger(DailyDeadlineJob.class);

	private final ComputeDeadlineNotices compute;

	private final SystemTasks systemTasks;

	private final Clock clock;

	DailyDeadlineJob(ComputeDeadlineNotices compute, SystemTasks systemTasks, Clock clock) {
		this.compute = compute;
		this.systemTasks = systemTasks;
		this.clock = clock;
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

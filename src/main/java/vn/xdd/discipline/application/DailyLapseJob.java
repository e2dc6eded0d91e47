package vn.xdd.discipline.application;

import java.time.Clock;
import java.time.LocalDate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import vn.xdd.discipline.DecisionLapses;

/**
 * Lapses the decisions due every night (xdd.discipline.lapse-cron, 00:30 in Vietnam; ‘-’ turns it
 * off), and once at start, for machines switched off at night. A decision's lapse day is known
 * in advance (every query judges by it), so the job only brings the status in line.
 */
@Component
class DailyLapseJob {

	private static final Logger log = LoggerFactory.getLogger(DailyLapseJob.class);

	private final DecisionLapses lapses;

	private final Clock clock;

	private final boolean scheduled;

	DailyLapseJob(DecisionLapses lapses, Clock clock, @Value("${xdd.discipline.lapse-cron}") String cron) {
		this.lapses = lapses;
		this.clock = clock;
		this.scheduled = !"-".equals(cron.strip());
	}

	@EventListener(ApplicationReadyEvent.class)
	void catchUpAtStart() {
		if (scheduled) {
			runToday();
		}
	}

	@Scheduled(cron = "${xdd.discipline.lapse-cron}", zone = "Asia/Ho_Chi_Minh")
	void runToday() {
		try {
			int lapsed = lapses.lapseDue(LocalDate.now(clock));
			if (lapsed > 0) {
				log.info("{} quyết định kỷ luật hết hiệu lực", lapsed);
			}
		}
		catch (RuntimeException e) {
			log.error("The nightly lapse of discipline decisions failed", e);
		}
	}
}

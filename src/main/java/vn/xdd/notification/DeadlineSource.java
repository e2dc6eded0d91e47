package vn.xdd.notification;

import java.time.LocalDate;
import java.util.List;

/**
 * Implemented by modules holding work with deadlines (the shortcomings register, remediation
 * tasks): the daily job asks every source for the open work due on or before {@code horizon} and
 * sends due soon (within 7 days) and overdue notices.
 */
public interface DeadlineSource {

	List<Deadline> openDeadlinesUntil(LocalDate horizon);
}

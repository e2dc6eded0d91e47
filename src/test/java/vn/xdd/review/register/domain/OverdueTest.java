package vn.xdd.review.register.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.xdd.review.ShortcomingStatus.*;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class OverdueTest {

	@Test
	void overdueIsPastTheDeadlineAndNotVerified() {
		LocalDate today = LocalDate.of(2026, 11, 30);
		LocalDate yesterday = today.minusDays(1);
		assertThat(Overdue.isOverdue(OPEN, yesterday, today)).isTrue();
		assertThat(Overdue.isOverdue(REPORTED, yesterday, today)).isTrue();
		assertThat(Overdue.isOverdue(RETURNED, yesterday, today)).isTrue();
		assertThat(Overdue.isOverdue(VERIFIED, yesterday, today)).isFalse();
		assertThat(Overdue.isOverdue(CLOSED, yesterday, today)).isFalse();
		assertThat(Overdue.isOverdue(OPEN, today, today)).isFalse();
		assertThat(Overdue.isOverdue(OPEN, null, today)).isFalse();
	}
}

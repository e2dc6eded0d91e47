package vn.xdd.security.application;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import vn.xdd.security.SecurityProperties;

import static org.assertj.core.api.Assertions.assertThat;

class LoginThrottleTest {

	static class MovableClock extends Clock {

		Instant now = Instant.parse("2026-11-30T08:00:00Z");

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(java.time.ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return now;
		}
	}

	final MovableClock clock = new MovableClock();

	final LoginThrottle throttle = new LoginThrottle(new SecurityProperties("", 3, 5, Duration.ofMinutes(15)), clock);

	@Test
	void blocksAUserNameAfterTheAllowedFailures() {
		throttle.recordFailure("BiThu", "10.0.0.1");
		throttle.recordFailure("bithu", "10.0.0.2");
		assertThat(throttle.isBlocked("bithu", "10.0.0.9")).isFalse();
		throttle.recordFailure("bithu ", "10.0.0.3");
		assertThat(throttle.isBlocked("bithu", "10.0.0.9")).isTrue();
		assertThat(throttle.isBlocked("khac", "10.0.0.9")).isFalse();
	}

	@Test
	void blocksAnAddressTryingManyUserNames() {
		for (int i = 1; i <= 4; i++) {
			throttle.recordFailure("a" + i, "10.0.0.7");
		}
		assertThat(throttle.isBlocked("a9", "10.0.0.7")).as("below the per-address limit").isFalse();
		throttle.recordFailure("a5", "10.0.0.7");
		assertThat(throttle.isBlocked("a9", "10.0.0.7")).isTrue();
		assertThat(throttle.isBlocked("a4", "10.0.0.8")).isFalse();
	}

	@Test
	void liftsTheBlockAfterTheLockoutPeriod() {
		for (int i = 0; i < 3; i++) {
			throttle.recordFailure("bithu", "10.0.0.1");
		}
		clock.now = clock.now.plus(Duration.ofMinutes(14));
		assertThat(throttle.isBlocked("bithu", "10.0.0.5")).isTrue();
		clock.now = clock.now.plus(Duration.ofMinutes(2));
		assertThat(throttle.isBlocked("bithu", "10.0.0.5")).isFalse();
	}

	@Test
	void aSuccessfulLoginClearsTheUserNameCount() {
		throttle.recordFailure("bithu", "10.0.0.1");
		throttle.recordFailure("bithu", "10.0.0.2");
		throttle.recordSuccess("bithu");
		throttle.recordFailure("bithu", "10.0.0.3");
		assertThat(throttle.isBlocked("bithu", "10.0.0.4")).isFalse();
	}
}

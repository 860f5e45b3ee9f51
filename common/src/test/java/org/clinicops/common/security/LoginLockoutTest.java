package org.clinicops.common.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class LoginLockoutTest {

	private static final Instant START = Instant.parse("2026-11-30T09:00:00Z");

	/**
	 * Each step is one failed login ({@code F}), one successful login ({@code S}), or a wait in
	 * minutes ({@code +N}); after the steps, is the account locked?
	 */
	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			# account  | steps                     | locked
			ana        | F F F F                   | false
			ana        | F F F F F                 | true
			ana        | F F F F F +14             | true
			ana        | F F F F F +15             | false
			ana        | F F F F S F               | false
			ana        | F F F +15 F F             | false
			ana        | F F F +14 F F             | true
			ana        | F F F F F +15 F           | false
			stranger   | F F F F F F F F           | false
			""")
	void fiveFailuresWithinTheWindowLockTheAccountForTheWindow(String account, String steps, boolean locked) {
		MovableClock clock = new MovableClock();
		LoginLockout lockout = new LoginLockout(Set.of("ana", "ben"), 5, Duration.ofMinutes(15), clock);
		for (String step : steps.split(" ")) {
			switch (step) {
				case "F" -> lockout.failed(account);
				case "S" -> lockout.succeeded(account);
				default -> clock.now = clock.now.plus(Duration.ofMinutes(Long.parseLong(step.substring(1))));
			}
		}

		assertThat(lockout.isLocked(account)).isEqualTo(locked);
		assertThat(lockout.isLocked("ben")).isFalse();
	}

	@ParameterizedTest(name = "failure {0} locks: {1}")
	@CsvSource({ "1, false", "4, false", "5, true", "6, false" })
	void onlyTheFailureThatLocksSaysSo(int failures, boolean lastLocked) {
		LoginLockout lockout = new LoginLockout(Set.of("ana"), 5, Duration.ofMinutes(15), new MovableClock());
		boolean locked = false;
		for (int i = 0; i < failures; i++) {
			locked = lockout.failed("ana");
		}

		assertThat(locked).isEqualTo(lastLocked);
	}

	private static final class MovableClock extends Clock {

		private Instant now = START;

		@Override
		public Instant instant() {
			return this.now;
		}

		@Override
		public ZoneOffset getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

	}

}

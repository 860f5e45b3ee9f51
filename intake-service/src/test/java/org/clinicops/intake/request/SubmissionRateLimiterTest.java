package org.clinicops.intake.request;

import java.time.Duration;
import java.time.Instant;

import org.clinicops.testsupport.TestClock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SubmissionRateLimiterTest {

	/**
	 * Each step is "seconds later:client", applied in order to a limit of 3 per minute; the
	 * expected answer is the wait in seconds per step (0: allowed).
	 */
	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			# case                                   | steps                              | waits
			three in a minute are allowed           | 0:a 10:a 10:a                      | 0 0 0
			the fourth waits for the window's end   | 0:a 10:a 10:a 10:a                 | 0 0 0 30
			another client has its own count        | 0:a 0:a 0:a 0:a 0:b                | 0 0 0 60 0
			a new window starts afresh              | 0:a 0:a 0:a 0:a 60:a               | 0 0 0 60 0
			refused tries count against the client  | 0:a 0:a 0:a 0:a 30:a 29:a          | 0 0 0 60 30 1
			""")
	void countsEachClientPerWindow(String name, String steps, String waits) {
		TestClock clock = TestClock.at(Instant.parse("2026-11-28T10:00:00Z"));
		SubmissionRateLimiter limiter = new SubmissionRateLimiter(3, Duration.ofMinutes(1), clock);
		String[] expected = waits.split(" ");
		String[] tries = steps.split(" ");

		for (int i = 0; i < tries.length; i++) {
			String[] step = tries[i].split(":");
			clock.advance(Duration.ofSeconds(Long.parseLong(step[0])));
			assertThat(limiter.tryAcquire(step[1]).toSeconds()).as("step %d (%s)", i + 1, tries[i])
				.isEqualTo(Long.parseLong(expected[i]));
		}
	}

}

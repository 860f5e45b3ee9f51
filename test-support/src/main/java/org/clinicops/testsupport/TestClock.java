package org.clinicops.testsupport;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * A clock a test moves by hand, so that time-driven behaviour (deadlines, escalations, rate
 * windows) is tested without waiting. It either stands still at a given instant, or runs with
 * the system clock (to the millisecond, as MongoDB stores time) shifted by what the test added,
 * or by a step more at every read. Every service's test context gets a running one as its
 * {@code Clock} bean.
 */
public final class TestClock extends Clock {

	private final Instant standingAt;

	private final Duration stepPerRead;

	private Duration shift = Duration.ZERO;

	private TestClock(Instant standingAt, Duration stepPerRead) {
		this.standingAt = standingAt;
		this.stepPerRead = stepPerRead;
	}

	/** A clock that shows this instant until a test moves it. */
	public static TestClock at(Instant instant) {
		return new TestClock(instant, Duration.ZERO);
	}

	/** A clock that runs with the system clock until a test moves it ahead or back. */
	public static TestClock running() {
		return new TestClock(null, Duration.ZERO);
	}

	/**
	 * A clock that runs with the system clock and moves the step further at every read: a deadline
	 * taken from it has passed by the next read, however fast the code under test is.
	 */
	public static TestClock steppingOnEachRead(Duration step) {
		return new TestClock(null, step);
	}

	public synchronized void advance(Duration duration) {
		this.shift = this.shift.plus(duration);
	}

	@Override
	public synchronized Instant instant() {
		Instant base = (this.standingAt != null) ? this.standingAt : Instant.now().truncatedTo(ChronoUnit.MILLIS);
		this.shift = this.shift.plus(this.stepPerRead);
		return base.plus(this.shift);
	}

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		throw new UnsupportedOperationException("a test clock runs in UTC");
	}

}

package org.clinicops.intake.request;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * How many public submissions one client may make in a window of time: a fixed window per client
 * address. Kept in memory, so each instance of the service counts on its own; the limit guards
 * against a script flooding the form, not against a determined attacker with many addresses.
 */
public final class SubmissionRateLimiter {

	private record Window(Instant start, int count) {
	}

	private static final int FORGET_AFTER_CLIENTS = 10_000;

	private final int limit;

	private final Duration window;

	private final Clock clock;

	private final Map<String, Window> windows = new ConcurrentHashMap<>();

	public SubmissionRateLimiter(int limit, Duration window, Clock clock) {
		this.limit = limit;
		this.window = window;
		this.clock = clock;
	}

	/**
	 * Counts one submission of the client; returns how long it must wait when it is over the
	 * limit, or zero when the submission may go ahead.
	 */
	public Duration tryAcquire(String client) {
		Instant now = this.clock.instant();
		if (this.windows.size() > FORGET_AFTER_CLIENTS) {
			this.windows.values().removeIf(window -> !isCurrent(window, now));
		}
		Window current = this.windows.compute(client, (key, window) -> (window == null || !isCurrent(window, now))
				? new Window(now, 1) : new Window(window.start(), window.count() + 1));
		return (current.count() <= this.limit) ? Duration.ZERO
				: Duration.between(now, current.start().plus(this.window));
	}

	private boolean isCurrent(Window window, Instant now) {
		return now.isBefore(window.start().plus(this.window));
	}

}

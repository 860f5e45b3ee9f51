package org.clinicops.common.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Tells the relay of a database that events were just marked pending, and which markers, so they
 * go out as soon as they are stored instead of at the next poll, claimed by id rather than found
 * by a search. One per database template: whatever marks events (a repository, a conditional
 * update, the template's save callback) reaches the relay reading them without being handed it;
 * a repository's base class cannot be.
 */
final class OutboxWakeUp {

	/**
	 * Markers noted beyond this many (no relay reading them, or one far behind) are left to the
	 * relay's search, which finds every marker.
	 */
	private static final int MOST_NOTED = 10_000;

	private static final Map<MongoOperations, OutboxWakeUp> BY_DATABASE = Collections.synchronizedMap(new WeakHashMap<>());

	private final Semaphore rung = new Semaphore(0);

	private final BlockingQueue<String> marked = new LinkedBlockingQueue<>(MOST_NOTED);

	static OutboxWakeUp of(MongoOperations mongo) {
		return BY_DATABASE.computeIfAbsent(mongo, database -> new OutboxWakeUp());
	}

	/** Notes the marker for the relay and rings. */
	void marked(String markerId) {
		this.marked.offer(markerId);
		ring();
	}

	/** Rings at most once until heard: many markings while a pass runs make one more pass, not many. */
	void ring() {
		if (this.rung.availablePermits() == 0) {
			this.rung.release();
		}
	}

	/** The markers noted longest ago, at most this many; they are no longer noted. */
	List<String> takeMarked(int most) {
		List<String> taken = new ArrayList<>(Math.min(most, this.marked.size()));
		this.marked.drainTo(taken, most);
		return taken;
	}

	boolean anyMarked() {
		return !this.marked.isEmpty();
	}

	/** Waits for a ring or the timeout; a ring heard before the wait ends it at once. */
	void await(Duration timeout) throws InterruptedException {
		this.rung.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
		this.rung.drainPermits();
	}

}

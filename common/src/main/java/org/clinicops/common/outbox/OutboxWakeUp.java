package org.clinicops.common.outbox;

import java.time.Duration;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.springframework.data.mongodb.core.MongoOperations;

/**
 * Tells the relay of a database that events were just marked pending, so they go out as soon as
 * they are stored instead of at the next poll. One per database template: whatever marks events
 * (a repository, a conditional update, the template's save callback) reaches the relay reading
 * them without being handed it; a repository's base class cannot be.
 */
final class OutboxWakeUp {

	private static final Map<MongoOperations, OutboxWakeUp> BY_DATABASE = Collections.synchronizedMap(new WeakHashMap<>());

	private final Semaphore rung = new Semaphore(0);

	static OutboxWakeUp of(MongoOperations mongo) {
		return BY_DATABASE.computeIfAbsent(mongo, database -> new OutboxWakeUp());
	}

	/** Rings at most once until heard: many markings while a pass runs make one more pass, not many. */
	void ring() {
		if (this.rung.availablePermits() == 0) {
			this.rung.release();
		}
	}

	/** Waits for a ring or the timeout; a ring heard before the wait ends it at once. */
	void await(Duration timeout) throws InterruptedException {
		this.rung.tryAcquire(timeout.toMillis(), TimeUnit.MILLISECONDS);
		this.rung.drainPermits();
	}

}

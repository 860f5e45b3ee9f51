package org.clinicops.common.messaging;

import java.time.Instant;

import org.clinicops.common.events.EventEnvelope;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Remembers which events each consumer has handled, so that a redelivered event changes
 * nothing. Handlers stay idempotent on their own (deterministic ids, conditional updates): a
 * crash after the handler's writes and before {@link #markHandled} re-runs the handler, and the
 * record here only spares the work of a plain redelivery.
 */
public class ProcessedEvents {

	private final MongoTemplate mongo;

	public ProcessedEvents(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** Runs the handler unless this consumer has handled the event; tells whether it ran. */
	public boolean handleOnce(String consumer, EventEnvelope envelope, Runnable handler) {
		String key = consumer + "/" + envelope.id();
		if (this.mongo.exists(Query.query(Criteria.where("_id").is(key)), ProcessedEvent.class)) {
			return false;
		}
		handler.run();
		try {
			this.mongo.insert(new ProcessedEvent(key, consumer, envelope.id(), envelope.type(), Instant.now()));
		}
		catch (DuplicateKeyException ex) {
			// Another instance handled the same delivery concurrently; its idempotent writes and ours agree.
		}
		return true;
	}

	@Document("processed_events")
	record ProcessedEvent(@Id String id, String consumer, String eventId, String type, Instant handledAt) {
	}

}

package org.clinicops.common.messaging;

import java.time.Instant;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.clinicops.contracts.ClinicEvent;
import org.clinicops.contracts.EventEnvelope;
import org.clinicops.contracts.EventType;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Remembers which events each consumer has handled, so that a redelivered event changes
 * nothing. Handlers stay idempotent on their own (deterministic ids, conditional updates): a
 * crash after the handler's writes and before {@link #markHandled} re-runs the handler, and the
 * record here only spares the work of a plain redelivery.
 */
public class IdempotentConsumer {

	private final MongoTemplate mongo;

	public IdempotentConsumer(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	/** What a consumer does with one event of a type: its payload, and its envelope for the correlation. */
	@FunctionalInterface
	public interface Handler<T extends ClinicEvent> {

		void handle(T payload, EventEnvelope envelope);

	}

	/**
	 * Handles a record of the given type once per consumer; a record of any other type is passed
	 * over without its payload being read. Tells whether the handler ran.
	 */
	public <T extends ClinicEvent> boolean handleOnce(String consumer, ConsumerRecord<String, String> record,
			EventType<T> type, Handler<T> handler) {
		EventEnvelope envelope = KafkaCloudEvents.from(record.headers());
		if (!type.name().equals(envelope.type())) {
			return false;
		}
		T payload = InboundEvent.payloadOf(record, envelope, type);
		return handleOnce(consumer, envelope, () -> handler.handle(payload, envelope));
	}

	/** Runs the handler unless this consumer has handled the event; tells whether it ran. */
	public boolean handleOnce(String consumer, EventEnvelope envelope, Runnable handler) {
		String key = consumer + "/" + envelope.id();
		// A lookup by id, not exists(): that counts, and a count scans the whole collection on the
		// MongoDB-wire server, a cost that grew with every event ever handled.
		if (this.mongo.findById(key, ProcessedEvent.class) != null) {
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

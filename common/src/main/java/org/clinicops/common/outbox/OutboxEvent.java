package org.clinicops.common.outbox;

import java.time.Instant;
import java.util.UUID;

import org.clinicops.contracts.ClinicEvent;
import org.clinicops.contracts.EventJson;
import org.clinicops.contracts.EventType;

/**
 * An event waiting in its aggregate's document to be published. It is stored in the same
 * document as the state change that caused it, so both are written in one atomic MongoDB write
 * (the MongoDB-wire server and our single-document rule allow no multi-document transaction).
 * The payload is kept as the JSON that will be published, so the relay never re-maps it; a
 * tombstone (no payload) removes its key from a compacted topic. The trace it was stored in
 * travels with it ({@code traceParent}), so its consumers continue that trace.
 */
public record OutboxEvent(String eventId, String type, String topic, String key, Instant time,
		String correlationId, String payload, String traceParent) {

	public static <T extends ClinicEvent> OutboxEvent of(EventType<T> type, T payload, String correlationId) {
		return new OutboxEvent(UUID.randomUUID().toString(), type.name(), type.topic(), payload.evaluationId(),
				Instant.now(), correlationId, EventJson.write(payload), TraceParent.current());
	}

	public static OutboxEvent tombstone(EventType<?> type, String key, String correlationId) {
		return new OutboxEvent(UUID.randomUUID().toString(), type.name(), type.topic(), key, Instant.now(),
				correlationId, null, TraceParent.current());
	}

}

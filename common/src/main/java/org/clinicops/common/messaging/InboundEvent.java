package org.clinicops.common.messaging;

import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.clinicops.contracts.ClinicEvent;
import org.clinicops.contracts.EventEnvelope;
import org.clinicops.contracts.EventJson;
import org.clinicops.contracts.EventType;
import org.clinicops.contracts.EventTypes;

import tools.jackson.core.JacksonException;

/** A consumed platform event: its envelope and its payload, read by the one JSON mapping. */
public record InboundEvent(EventEnvelope envelope, ClinicEvent payload) {

	/**
	 * Reads a record. A type this platform does not know yields nothing (a newer producer may
	 * publish types an older consumer ignores); a known type whose payload cannot be read throws
	 * {@link UnreadableEventException}.
	 */
	public static Optional<InboundEvent> read(ConsumerRecord<String, String> record) {
		EventEnvelope envelope = KafkaCloudEvents.from(record.headers());
		return EventTypes.byName(envelope.type())
			.map(type -> new InboundEvent(envelope, payloadOf(record, envelope, type)));
	}

	/** The payload of a record of this type; nothing, and no payload read, for any other type. */
	public static <T extends ClinicEvent> Optional<T> read(ConsumerRecord<String, String> record, EventType<T> type) {
		EventEnvelope envelope = KafkaCloudEvents.from(record.headers());
		return type.name().equals(envelope.type()) ? Optional.of(payloadOf(record, envelope, type)) : Optional.empty();
	}

	static <T extends ClinicEvent> T payloadOf(ConsumerRecord<String, String> record, EventEnvelope envelope,
			EventType<T> type) {
		try {
			return EventJson.read(record.value(), type.payloadType());
		}
		catch (JacksonException | IllegalArgumentException ex) {
			throw new UnreadableEventException("payload of event " + envelope.id() + " (" + envelope.type()
					+ ") cannot be read", ex);
		}
	}

}

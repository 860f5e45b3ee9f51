package org.clinicops.common.messaging;

import java.util.Optional;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.clinicops.common.events.ClinicEvent;
import org.clinicops.common.events.EventEnvelope;
import org.clinicops.common.events.EventJson;
import org.clinicops.common.events.EventType;
import org.clinicops.common.events.EventTypes;

import tools.jackson.core.JacksonException;

/** A consumed platform event: its envelope and its payload, read by the one JSON mapping. */
public record InboundEvent(EventEnvelope envelope, ClinicEvent payload) {

	/**
	 * Reads a record. A type this platform does not know yields nothing (a newer producer may
	 * publish types an older consumer ignores); a known type whose payload cannot be read throws
	 * {@link UnreadableEventException}.
	 */
	public static Optional<InboundEvent> read(ConsumerRecord<String, String> record) {
		EventEnvelope envelope = CloudEventHeaders.from(record.headers());
		Optional<EventType<?>> type = EventTypes.byName(envelope.type());
		if (type.isEmpty()) {
			return Optional.empty();
		}
		try {
			return Optional.of(new InboundEvent(envelope, EventJson.read(record.value(), type.get().payloadType())));
		}
		catch (JacksonException | IllegalArgumentException ex) {
			throw new UnreadableEventException("payload of event " + envelope.id() + " (" + envelope.type()
					+ ") cannot be read", ex);
		}
	}

}

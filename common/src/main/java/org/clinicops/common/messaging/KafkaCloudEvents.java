package org.clinicops.common.messaging;

import static org.clinicops.contracts.CloudEventHeaders.CONTENT_TYPE;
import static org.clinicops.contracts.CloudEventHeaders.CORRELATION_ID;
import static org.clinicops.contracts.CloudEventHeaders.ID;
import static org.clinicops.contracts.CloudEventHeaders.SOURCE;
import static org.clinicops.contracts.CloudEventHeaders.SPEC_VERSION;
import static org.clinicops.contracts.CloudEventHeaders.SUBJECT;
import static org.clinicops.contracts.CloudEventHeaders.TIME;
import static org.clinicops.contracts.CloudEventHeaders.TYPE;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.clinicops.contracts.CloudEventHeaders;
import org.clinicops.contracts.EventEnvelope;

/** An envelope as Kafka record headers and back, by the header names of {@link CloudEventHeaders}. */
public final class KafkaCloudEvents {

	public static List<Header> of(EventEnvelope envelope) {
		return List.of(header(ID, envelope.id()), header(SOURCE, envelope.source()), header(TYPE, envelope.type()),
				header(SPEC_VERSION, envelope.specVersion()), header(TIME, envelope.time().toString()),
				header(SUBJECT, envelope.subject()), header(CONTENT_TYPE, envelope.dataContentType()),
				header(CORRELATION_ID, envelope.correlationId()));
	}

	/** Reads the envelope of a record; a record without an id or a type is not a platform event. */
	public static EventEnvelope from(Headers headers) {
		String id = text(headers, ID);
		String type = text(headers, TYPE);
		if (id == null || type == null) {
			throw new UnreadableEventException("record has no CloudEvents id or type header");
		}
		String time = text(headers, TIME);
		return new EventEnvelope(id, text(headers, SOURCE), type, text(headers, SPEC_VERSION),
				(time != null) ? Instant.parse(time) : null, text(headers, SUBJECT), text(headers, CONTENT_TYPE),
				text(headers, CORRELATION_ID));
	}

	private static Header header(String name, String value) {
		return new RecordHeader(name, (value != null) ? value.getBytes(StandardCharsets.UTF_8) : null);
	}

	private static String text(Headers headers, String name) {
		Header header = headers.lastHeader(name);
		return (header != null && header.value() != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

	private KafkaCloudEvents() {
	}

}

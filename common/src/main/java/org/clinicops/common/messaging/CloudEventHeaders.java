package org.clinicops.common.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.clinicops.common.events.EventEnvelope;

/**
 * The CloudEvents Kafka protocol binding in binary mode: each attribute is a {@code ce_} header,
 * the content type is the {@code content-type} header and the correlation id is the extension
 * attribute {@code correlationid}.
 */
public final class CloudEventHeaders {

	public static final String ID = "ce_id";

	public static final String SOURCE = "ce_source";

	public static final String TYPE = "ce_type";

	public static final String SPEC_VERSION = "ce_specversion";

	public static final String TIME = "ce_time";

	public static final String SUBJECT = "ce_subject";

	public static final String CORRELATION_ID = "ce_correlationid";

	public static final String CONTENT_TYPE = "content-type";

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

	private CloudEventHeaders() {
	}

}

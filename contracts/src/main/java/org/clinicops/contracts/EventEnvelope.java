package org.clinicops.contracts;

import java.time.Instant;

/**
 * The CloudEvents 1.0 attributes of a record. The platform uses the binary mode of the Kafka
 * protocol binding: these travel as {@code ce_*} headers and the record value is the payload.
 */
public record EventEnvelope(String id, String source, String type, String specVersion, Instant time,
		String subject, String dataContentType, String correlationId) {

	public static final String SPEC_VERSION = "1.0";

	public static final String JSON = "application/json";

}

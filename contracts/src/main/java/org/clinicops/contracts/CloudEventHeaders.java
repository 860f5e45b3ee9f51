package org.clinicops.contracts;

/**
 * The CloudEvents Kafka protocol binding in binary mode, as every topic of the platform uses it:
 * each attribute is a {@code ce_} header, the content type is the {@code content-type} header and
 * the correlation id is the extension attribute {@code correlationid}. Header values are UTF-8
 * text; the record value is the JSON payload.
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

	private CloudEventHeaders() {
	}

}

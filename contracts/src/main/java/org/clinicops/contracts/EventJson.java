package org.clinicops.contracts;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapping of event payloads, shared by every producer and consumer. Readers are
 * tolerant (unknown fields are ignored) so that additive changes need no new version.
 */
public final class EventJson {

	private static final JsonMapper MAPPER = JsonMapper.builder()
		.disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
		.build();

	public static String write(Object payload) {
		return MAPPER.writeValueAsString(payload);
	}

	public static <T> T read(String json, Class<T> type) throws JacksonException {
		return MAPPER.readValue(json, type);
	}

	private EventJson() {
	}

}

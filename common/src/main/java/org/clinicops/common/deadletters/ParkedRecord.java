package org.clinicops.common.deadletters;

import java.time.Instant;

/**
 * A record a consumer of this service parked after its retries: where it lies, what it was and
 * why it failed. Payloads are not shown: an id and a type say what it is.
 */
public record ParkedRecord(String topic, int partition, long offset, String originalTopic, String consumerGroup,
		String key, String eventType, String eventId, String failure, Instant parkedAt, boolean replayed) {
}

package org.clinicops.common.outbox;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param collections the MongoDB collections whose documents carry an {@code outbox} array
 * @param pollInterval how often the relay looks for unpublished events it was not woken for (events
 *        stored by another process, or left by a pass that failed): only the fallback, since every
 *        write that stores events wakes the relay of its service
 * @param batchSize how many documents one pass takes from a collection
 * @param sendTimeout how long the relay waits for the broker to acknowledge one event
 */
@ConfigurationProperties("clinic.outbox")
public record OutboxProperties(@DefaultValue List<String> collections, @DefaultValue("2s") Duration pollInterval,
		@DefaultValue("100") int batchSize, @DefaultValue("10s") Duration sendTimeout) {
}

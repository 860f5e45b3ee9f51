package org.clinicops.common.messaging;

import java.util.Arrays;
import java.util.Objects;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

/**
 * Counts the records parked on dead-letter topics, by the topic they came from. Each topic the
 * service consumes has its series from the start, at zero, so that an alert on any increase
 * fires on the first parked record.
 */
public class DeadLetterCounts {

	private final MeterRegistry registry;

	public DeadLetterCounts(MeterRegistry registry) {
		this.registry = registry;
	}

	public void parked(String topic) {
		counter(topic).increment();
	}

	@EventListener
	void registerConsumedTopics(ContextRefreshedEvent refreshed) {
		refreshed.getApplicationContext()
			.getBeanProvider(KafkaListenerEndpointRegistry.class)
			.ifAvailable(listeners -> listeners.getListenerContainers()
				.stream()
				.map(container -> container.getContainerProperties().getTopics())
				.filter(Objects::nonNull)
				.flatMap(Arrays::stream)
				.forEach(this::counter));
	}

	private Counter counter(String topic) {
		return Counter.builder("clinic.kafka.dead.letters")
			.description("Records parked on a dead-letter topic after their retries")
			.tag("topic", topic)
			.register(this.registry);
	}

}

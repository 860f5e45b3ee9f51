package org.clinicops.testsupport;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.clinicops.common.audit.AuditEntry;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.awaitility.Awaitility.await;

/**
 * What a service has stored and published, counted: documents per collection of its database
 * and records per topic. Two equal counts before and after a request prove it changed nothing.
 */
public final class StoredState {

	/** Waits until nothing moves any more (no outbox left to publish), then counts. */
	public static Map<String, Long> settled(MongoTemplate mongo, List<String> topics) {
		AtomicReference<Map<String, Long>> previous = new AtomicReference<>(Map.of());
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200)).until(() -> {
			Map<String, Long> now = count(mongo, topics);
			return now.equals(previous.getAndSet(now));
		});
		return previous.get();
	}

	public static Map<String, Long> count(MongoTemplate mongo, List<String> topics) {
		Map<String, Long> counts = new TreeMap<>();
		for (String collection : mongo.getCollectionNames()) {
			if (collection.equals(mongo.getCollectionName(AuditEntry.class))) {
				// Refused calls are audited too, by design: the trail of attempts is no change of state.
				continue;
			}
			counts.put("collection " + collection, mongo.getCollection(collection).countDocuments());
		}
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers()),
				new StringDeserializer(), new StringDeserializer())) {
			for (String topic : topics) {
				List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(5))
					.stream()
					.map(info -> new TopicPartition(topic, info.partition()))
					.toList();
				counts.put("topic " + topic,
						consumer.endOffsets(partitions).values().stream().mapToLong(Long::longValue).sum());
			}
		}
		return counts;
	}

	private StoredState() {
	}

}

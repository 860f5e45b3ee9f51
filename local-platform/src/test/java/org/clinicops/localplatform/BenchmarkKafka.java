package org.clinicops.localplatform;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ExecutionException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.GroupListing;
import org.apache.kafka.clients.admin.ListGroupsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.clinicops.common.messaging.KafkaCloudEvents;
import org.clinicops.contracts.EvaluationAccepted;
import org.clinicops.contracts.EventEnvelope;
import org.clinicops.contracts.EventJson;
import org.clinicops.contracts.EventTypes;
import org.clinicops.contracts.Topics;

/** The benchmarks' Kafka clients: acceptances published as intake publishes them, answers read from the start. */
final class BenchmarkKafka {

	static KafkaProducer<String, String> producer(String bootstrapServers) {
		return new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.LINGER_MS_CONFIG, 5), new StringSerializer(),
				new StringSerializer());
	}

	/** A consumer of the topic in a group of its own, assigned its partitions before it returns. */
	static KafkaConsumer<String, String> readingFromNow(String bootstrapServers, String topic) {
		KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
				bootstrapServers, ConsumerConfig.GROUP_ID_CONFIG, "benchmark-" + UUID.randomUUID(),
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest"), new StringDeserializer(), new StringDeserializer());
		consumer.subscribe(List.of(topic));
		while (consumer.assignment().isEmpty()) {
			consumer.poll(Duration.ofMillis(100));
		}
		return consumer;
	}

	static void publish(KafkaProducer<String, String> producer, EvaluationAccepted accepted) {
		EventEnvelope envelope = new EventEnvelope(UUID.randomUUID().toString(), "/clinic-ops/benchmark",
				EventTypes.EVALUATION_ACCEPTED.name(), EventEnvelope.SPEC_VERSION, Instant.now(), accepted.evaluationId(),
				EventEnvelope.JSON, UUID.randomUUID().toString());
		producer.send(new ProducerRecord<>(Topics.INTAKE_EVALUATIONS, null, accepted.evaluationId(),
				EventJson.write(accepted), KafkaCloudEvents.of(envelope)));
	}

	/** How many records the stack's consumer groups had not read when asked, and when they had read them all. */
	record ReadToTheEnd(long unreadWhenAsked, long readAtNanos) {
	}

	/**
	 * Waits, at most the time given, until every consumer group of the stack has read all there is
	 * on the partitions it reads (its committed offsets at their ends): the work an event leaves
	 * behind it (the bookings, the patient messages, the coverage) is done by then. The benchmark's
	 * own readers (groups "benchmark-...") are left out.
	 */
	static ReadToTheEnd readToTheEnd(String bootstrapServers, Duration atMost)
			throws InterruptedException, ExecutionException {
		long deadline = System.nanoTime() + atMost.toNanos();
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
			long unreadWhenAsked = unread(admin);
			for (long unread = unreadWhenAsked; unread > 0 && System.nanoTime() < deadline; unread = unread(admin)) {
				Thread.sleep(100);
			}
			return new ReadToTheEnd(unreadWhenAsked, System.nanoTime());
		}
	}

	/**
	 * Records on each of the stack's topics so far (their partitions' end offsets, added up), the
	 * benchmark's own topics of raw Kafka left out.
	 */
	static Map<String, Long> recordsOnTheStacksTopics(String bootstrapServers) throws InterruptedException, ExecutionException {
		try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
			Set<String> topics = admin.listTopics().names().get();
			Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
			admin.describeTopics(topics.stream().filter(topic -> !topic.startsWith("benchmark.")).toList())
				.allTopicNames()
				.get()
				.values()
				.forEach(topic -> topic.partitions()
					.forEach(partition -> ends.put(new TopicPartition(topic.name(), partition.partition()), OffsetSpec.latest())));
			Map<String, Long> records = new TreeMap<>();
			admin.listOffsets(ends).all().get().forEach((partition, end) -> records.merge(partition.topic(), end.offset(), Long::sum));
			return records;
		}
	}

	private static long unread(Admin admin) throws InterruptedException, ExecutionException {
		long unread = 0;
		for (GroupListing group : admin.listGroups(ListGroupsOptions.forConsumerGroups()).all().get()) {
			if (group.groupId().startsWith("benchmark-")) {
				continue;
			}
			Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
				.partitionsToOffsetAndMetadata()
				.get();
			Map<TopicPartition, OffsetSpec> ends = new HashMap<>();
			committed.keySet().forEach(partition -> ends.put(partition, OffsetSpec.latest()));
			Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end = admin.listOffsets(ends).all().get();
			for (Map.Entry<TopicPartition, OffsetAndMetadata> read : committed.entrySet()) {
				if (read.getValue() != null) {
					unread += end.get(read.getKey()).offset() - read.getValue().offset();
				}
			}
		}
		return unread;
	}

	private BenchmarkKafka() {
	}

}

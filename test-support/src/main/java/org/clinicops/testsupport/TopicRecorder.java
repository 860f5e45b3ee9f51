package org.clinicops.testsupport;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.clinicops.common.messaging.InboundEvent;
import org.clinicops.common.messaging.KafkaCloudEvents;

/**
 * An independent consumer that reads topics from the beginning, so a test can see exactly which
 * events were published: how many, of which type, for which evaluation.
 */
public final class TopicRecorder implements AutoCloseable {

	private final KafkaConsumer<String, String> consumer;

	private final List<ConsumerRecord<String, String>> records = new ArrayList<>();

	public TopicRecorder(String bootstrapServers, String... topics) {
		this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ConsumerConfig.GROUP_ID_CONFIG, "test-recorder-" + UUID.randomUUID(),
				ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest", ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false"),
				new StringDeserializer(), new StringDeserializer());
		this.consumer.subscribe(List.of(topics));
	}

	public static TopicRecorder of(String... topics) {
		return new TopicRecorder(TestInfrastructure.get().kafkaBootstrapServers(), topics);
	}

	/** Reads what has arrived since the last call and returns everything read so far. */
	public synchronized List<ConsumerRecord<String, String>> records() {
		this.consumer.poll(Duration.ofMillis(200)).forEach(this.records::add);
		return List.copyOf(this.records);
	}

	/**
	 * Reads until every record the topics held when called has been read, and returns everything
	 * read so far: afterwards no record published before the call can still arrive.
	 */
	public synchronized List<ConsumerRecord<String, String>> recordsUpToNow() {
		long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (this.consumer.assignment().isEmpty()) {
			this.consumer.poll(Duration.ofMillis(200)).forEach(this.records::add);
			requireBefore(deadline);
		}
		Map<TopicPartition, Long> ends = this.consumer.endOffsets(this.consumer.assignment());
		while (ends.entrySet().stream().anyMatch(end -> this.consumer.position(end.getKey()) < end.getValue())) {
			this.consumer.poll(Duration.ofMillis(200)).forEach(this.records::add);
			requireBefore(deadline);
		}
		return List.copyOf(this.records);
	}

	private static void requireBefore(long deadline) {
		if (System.nanoTime() > deadline) {
			throw new IllegalStateException("the topics were not read to their end within 30 s");
		}
	}

	/** The events read so far of one type about one evaluation. */
	public List<InboundEvent> events(String type, String evaluationId) {
		return records().stream()
			.filter(ofType(type).and(record -> evaluationId.equals(record.key())))
			.map(record -> InboundEvent.read(record).orElseThrow())
			.toList();
	}

	private static Predicate<ConsumerRecord<String, String>> ofType(String type) {
		return record -> type.equals(KafkaCloudEvents.from(record.headers()).type());
	}

	@Override
	public void close() {
		this.consumer.close();
	}

}

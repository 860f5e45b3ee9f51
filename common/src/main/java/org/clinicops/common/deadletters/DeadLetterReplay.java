package org.clinicops.common.deadletters;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.clinicops.common.web.RecordNotFoundException;
import org.clinicops.common.web.StateConflictException;
import org.clinicops.contracts.CloudEventHeaders;
import org.clinicops.contracts.Topics;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * The records this service's consumers parked on dead-letter topics, and their replay: a parked
 * record is put back on its original topic with its original key, value and CloudEvents headers
 * (so its event id is unchanged and every consumer's idempotency absorbs it where it was already
 * handled), once; the replay is recorded. The topics and consumer groups are this service's own
 * listeners', read from the listener registry.
 */
public class DeadLetterReplay {

	private static final Duration READ_TIMEOUT = Duration.ofSeconds(5);

	private static final int FAILURE_SHOWN = 300;

	private final KafkaListenerEndpointRegistry listeners;

	private final KafkaTemplate<String, String> kafka;

	private final MongoTemplate mongo;

	private final String bootstrapServers;

	private final Clock clock;

	public DeadLetterReplay(KafkaListenerEndpointRegistry listeners, KafkaTemplate<String, String> kafka, MongoTemplate mongo,
			String bootstrapServers, Clock clock) {
		this.listeners = listeners;
		this.kafka = kafka;
		this.mongo = mongo;
		this.bootstrapServers = bootstrapServers;
		this.clock = clock;
	}

	/** Every record parked by this service's consumers, oldest first per partition. */
	public List<ParkedRecord> list() {
		Set<String> groups = ownGroups();
		Set<String> replayed = this.mongo.findAll(ReplayMarker.class)
			.stream()
			.map(ReplayMarker::id)
			.collect(Collectors.toSet());
		List<ParkedRecord> parked = new ArrayList<>();
		for (ConsumerRecord<String, String> record : readAll(deadLetterTopics())) {
			if (groups.contains(text(record.headers(), KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP))) {
				parked.add(describe(record,
						replayed.contains(ReplayMarker.idOf(record.topic(), record.partition(), record.offset()))));
			}
		}
		return parked;
	}

	/** Puts one parked record back on its topic, once. */
	public ParkedRecord replay(String topic, int partition, long offset, String staffMember) {
		if (!deadLetterTopics().contains(topic)) {
			throw new RecordNotFoundException("dead-letter topic of this service", topic);
		}
		ConsumerRecord<String, String> record = readOne(new TopicPartition(topic, partition), offset);
		if (!ownGroups().contains(text(record.headers(), KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP))) {
			throw new RecordNotFoundException("record parked by this service", ReplayMarker.idOf(topic, partition, offset));
		}
		try {
			this.mongo.insert(new ReplayMarker(ReplayMarker.idOf(topic, partition, offset), staffMember,
					this.clock.instant()));
		}
		catch (DuplicateKeyException ex) {
			throw new StateConflictException("The record at " + ReplayMarker.idOf(topic, partition, offset)
					+ " was replayed already.");
		}
		ProducerRecord<String, String> again = new ProducerRecord<>(
				text(record.headers(), KafkaHeaders.DLT_ORIGINAL_TOPIC), null, record.key(), record.value());
		for (Header header : record.headers()) {
			if (!header.key().startsWith(KafkaHeaders.PREFIX)) {
				again.headers().add(header);
			}
		}
		this.kafka.send(again).join();
		return describe(record, true);
	}

	/** Replays every parked record not replayed yet; returns them. */
	public List<ParkedRecord> replayAll(String staffMember) {
		return list().stream()
			.filter(parked -> !parked.replayed())
			.map(parked -> replay(parked.topic(), parked.partition(), parked.offset(), staffMember))
			.toList();
	}

	private Set<String> ownGroups() {
		return this.listeners.getListenerContainers()
			.stream()
			.map(MessageListenerContainer::getGroupId)
			.collect(Collectors.toSet());
	}

	private Set<String> deadLetterTopics() {
		return this.listeners.getListenerContainers()
			.stream()
			.map(container -> container.getContainerProperties().getTopics())
			.filter(topics -> topics != null)
			.flatMap(topics -> List.of(topics).stream())
			.map(Topics::deadLetterOf)
			.collect(Collectors.toSet());
	}

	private KafkaConsumer<String, String> consumer() {
		return new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrapServers,
				ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false), new StringDeserializer(), new StringDeserializer());
	}

	private List<ConsumerRecord<String, String>> readAll(Collection<String> topics) {
		List<ConsumerRecord<String, String>> records = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = consumer()) {
			List<TopicPartition> partitions = new ArrayList<>();
			for (String topic : topics) {
				consumer.partitionsFor(topic, READ_TIMEOUT)
					.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
			}
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, READ_TIMEOUT);
			Instant deadline = this.clock.instant().plus(READ_TIMEOUT);
			while (partitions.stream().anyMatch(partition -> consumer.position(partition) < ends.get(partition))
					&& this.clock.instant().isBefore(deadline)) {
				consumer.poll(Duration.ofMillis(200)).forEach(records::add);
			}
		}
		return records;
	}

	private ConsumerRecord<String, String> readOne(TopicPartition partition, long offset) {
		try (KafkaConsumer<String, String> consumer = consumer()) {
			consumer.assign(List.of(partition));
			consumer.seek(partition, offset);
			Instant deadline = this.clock.instant().plus(READ_TIMEOUT);
			while (this.clock.instant().isBefore(deadline)) {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
					if (record.offset() == offset) {
						return record;
					}
				}
			}
		}
		throw new RecordNotFoundException("parked record", ReplayMarker.idOf(partition.topic(), partition.partition(), offset));
	}

	private static ParkedRecord describe(ConsumerRecord<String, String> record, boolean replayed) {
		String failure = text(record.headers(), KafkaHeaders.DLT_EXCEPTION_FQCN) + ": "
				+ text(record.headers(), KafkaHeaders.DLT_EXCEPTION_MESSAGE);
		return new ParkedRecord(record.topic(), record.partition(), record.offset(),
				text(record.headers(), KafkaHeaders.DLT_ORIGINAL_TOPIC),
				text(record.headers(), KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP), record.key(),
				text(record.headers(), CloudEventHeaders.TYPE), text(record.headers(), CloudEventHeaders.ID),
				(failure.length() > FAILURE_SHOWN) ? failure.substring(0, FAILURE_SHOWN) + "…" : failure,
				Instant.ofEpochMilli(record.timestamp()), replayed);
	}

	private static String text(Headers headers, String name) {
		Header header = headers.lastHeader(name);
		return (header != null && header.value() != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

}

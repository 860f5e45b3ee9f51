package org.clinicops.common.deadletters;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.clinicops.common.web.BrokerUnavailableException;
import org.clinicops.common.web.ListPage;
import org.clinicops.common.web.RecordNotFoundException;
import org.clinicops.common.web.StateConflictException;
import org.clinicops.contracts.CloudEventHeaders;
import org.clinicops.contracts.Topics;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
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

	/** Records read back at a time, at least: a dead-letter topic holds other services' records too. */
	private static final int READ_AT_ONCE = 100;

	/**
	 * A record's time is when its instance parked it, by that instance's clock: records of one
	 * partition parked by instances whose clocks disagree may be out of time order by this much, so
	 * a later page reads back from this much after its cursor.
	 */
	private static final Duration CLOCKS_APART = Duration.ofMinutes(1);

	private static final Comparator<ConsumerRecord<String, String>> NEWEST_FIRST = Comparator
		.comparing(DeadLetterReplay::parkedAt)
		.thenComparing(DeadLetterReplay::sortKeyOf)
		.reversed();

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

	/**
	 * One page of the records this service's consumers parked, newest first (by when each was parked,
	 * then by its place on its topic), with the one after it when there is one ({@link ListPage}).
	 */
	public List<ParkedRecord> list(ListPage page) {
		List<ConsumerRecord<String, String>> found = parked(page);
		Set<String> replayed = replayedOf(found);
		return found.stream().map(record -> describe(record, replayed.contains(placeOf(record)))).toList();
	}

	/** Where a parked record lies, in the form its page cursor compares: topic, then partition, then offset. */
	public static String sortKey(ParkedRecord parked) {
		return sortKey(parked.topic(), parked.partition(), parked.offset());
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
		return replay(record, staffMember);
	}

	/** Replays every parked record not replayed yet, a page at a time; returns them. */
	public List<ParkedRecord> replayAll(String staffMember) {
		List<ParkedRecord> replayed = new ArrayList<>();
		for (ListPage page = ListPage.of(ListPage.MAX_SIZE, null); page != null;) {
			List<ConsumerRecord<String, String>> found = parked(page);
			Set<String> replayedBefore = replayedOf(found);
			page.items(found)
				.stream()
				.filter(record -> !replayedBefore.contains(placeOf(record)))
				.forEach(record -> replayed.add(replay(record, staffMember)));
			page = page.next(found, DeadLetterReplay::parkedAt, DeadLetterReplay::sortKeyOf)
				.map(cursor -> ListPage.of(ListPage.MAX_SIZE, cursor))
				.orElse(null);
		}
		return replayed;
	}

	private ParkedRecord replay(ConsumerRecord<String, String> record, String staffMember) {
		String place = placeOf(record);
		try {
			this.mongo.insert(new ReplayMarker(place, staffMember, this.clock.instant()));
		}
		catch (DuplicateKeyException ex) {
			throw new StateConflictException("The record at " + place + " was replayed already.");
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

	/**
	 * The page's records, newest first, read backwards from the end of each dead-letter partition
	 * (or from {@link #CLOCKS_APART} past the cursor's time) only until the page is found there: the
	 * cost of a page does not grow with what was parked before it.
	 */
	private List<ConsumerRecord<String, String>> parked(ListPage page) {
		Set<String> groups = ownGroups();
		List<ConsumerRecord<String, String>> found = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = consumer()) {
			List<TopicPartition> partitions = partitionsOf(consumer, deadLetterTopics());
			Map<TopicPartition, Long> firsts = consumer.beginningOffsets(partitions, READ_TIMEOUT);
			Map<TopicPartition, Long> readFrom = readBackFrom(consumer, partitions, page);
			for (TopicPartition partition : partitions) {
				found.addAll(newestIn(consumer, partition, firsts.get(partition), readFrom.get(partition), page, groups));
			}
		}
		catch (TimeoutException ex) {
			throw new BrokerUnavailableException("The parked records", ex);
		}
		found.sort(NEWEST_FIRST);
		return (found.size() > page.toFind()) ? found.subList(0, page.toFind()) : found;
	}

	/**
	 * Where each partition's page is read back from: its end, or on a later page its first record
	 * parked after the cursor's time and {@link #CLOCKS_APART} (its end if none was).
	 */
	private static Map<TopicPartition, Long> readBackFrom(KafkaConsumer<String, String> consumer,
			List<TopicPartition> partitions, ListPage page) {
		Map<TopicPartition, Long> from = new HashMap<>(consumer.endOffsets(partitions, READ_TIMEOUT));
		page.afterTime().ifPresent(time -> {
			long after = time.plus(CLOCKS_APART).toEpochMilli() + 1;
			Map<TopicPartition, Long> times = new HashMap<>();
			partitions.forEach(partition -> times.put(partition, after));
			consumer.offsetsForTimes(times, READ_TIMEOUT).forEach((partition, first) -> {
				if (first != null) {
					from.put(partition, first.offset());
				}
			});
		});
		return from;
	}

	/**
	 * Up to the page's worth of the partition's records parked by the groups and past the cursor,
	 * newest first, read back from {@code readFrom} (exclusive) towards {@code first}.
	 */
	private List<ConsumerRecord<String, String>> newestIn(KafkaConsumer<String, String> consumer, TopicPartition partition,
			long first, long readFrom, ListPage page, Set<String> groups) {
		List<ConsumerRecord<String, String>> newest = new ArrayList<>();
		long upTo = readFrom;
		while (newest.size() < page.toFind() && upTo > first) {
			long from = Math.max(first, upTo - Math.max(page.toFind(), READ_AT_ONCE));
			List<ConsumerRecord<String, String>> read = readRange(consumer, partition, from, upTo);
			for (int i = read.size() - 1; i >= 0; i--) {
				ConsumerRecord<String, String> record = read.get(i);
				if (groups.contains(text(record.headers(), KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP))
						&& page.reaches(parkedAt(record), sortKeyOf(record))) {
					newest.add(record);
				}
			}
			upTo = from;
		}
		return newest;
	}

	/**
	 * The partition's records from one offset up to (not including) another, oldest first; all of
	 * them, or none and a {@link BrokerUnavailableException} when the broker did not give them all in
	 * time.
	 */
	private List<ConsumerRecord<String, String>> readRange(KafkaConsumer<String, String> consumer, TopicPartition partition,
			long from, long upTo) {
		List<ConsumerRecord<String, String>> records = new ArrayList<>();
		consumer.assign(List.of(partition));
		consumer.seek(partition, from);
		Instant deadline = this.clock.instant().plus(READ_TIMEOUT);
		while (consumer.position(partition) < upTo && this.clock.instant().isBefore(deadline)) {
			consumer.poll(Duration.ofMillis(200))
				.records(partition)
				.stream()
				.filter(record -> record.offset() < upTo)
				.forEach(records::add);
		}
		if (consumer.position(partition) < upTo) {
			throw new BrokerUnavailableException("The parked records of " + partition, null);
		}
		return records;
	}

	private Set<String> replayedOf(List<ConsumerRecord<String, String>> records) {
		List<String> places = records.stream().map(DeadLetterReplay::placeOf).toList();
		return this.mongo.find(Query.query(Criteria.where("_id").in(places)), ReplayMarker.class)
			.stream()
			.map(ReplayMarker::id)
			.collect(Collectors.toSet());
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

	private static List<TopicPartition> partitionsOf(KafkaConsumer<String, String> consumer, Collection<String> topics) {
		List<TopicPartition> partitions = new ArrayList<>();
		for (String topic : topics) {
			consumer.partitionsFor(topic, READ_TIMEOUT)
				.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
		}
		return partitions;
	}

	/**
	 * The record at the offset: not found when the partition holds no such offset, unavailable when
	 * it does and the broker did not give it in time.
	 */
	private ConsumerRecord<String, String> readOne(TopicPartition partition, long offset) {
		try (KafkaConsumer<String, String> consumer = consumer()) {
			List<TopicPartition> assigned = List.of(partition);
			if (!partitionsOf(consumer, List.of(partition.topic())).contains(partition)
					|| offset < consumer.beginningOffsets(assigned, READ_TIMEOUT).get(partition)
					|| offset >= consumer.endOffsets(assigned, READ_TIMEOUT).get(partition)) {
				throw new RecordNotFoundException("parked record",
						ReplayMarker.idOf(partition.topic(), partition.partition(), offset));
			}
			consumer.assign(assigned);
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
		catch (TimeoutException ex) {
			throw new BrokerUnavailableException("The parked record", ex);
		}
		throw new BrokerUnavailableException("The parked record at " + partition + " offset " + offset, null);
	}

	private static Instant parkedAt(ConsumerRecord<String, String> record) {
		return Instant.ofEpochMilli(record.timestamp());
	}

	private static String placeOf(ConsumerRecord<String, String> record) {
		return ReplayMarker.idOf(record.topic(), record.partition(), record.offset());
	}

	private static String sortKeyOf(ConsumerRecord<String, String> record) {
		return sortKey(record.topic(), record.partition(), record.offset());
	}

	private static String sortKey(String topic, int partition, long offset) {
		return String.format("%s/%010d/%019d", topic, partition, offset);
	}

	private static ParkedRecord describe(ConsumerRecord<String, String> record, boolean replayed) {
		String failure = text(record.headers(), KafkaHeaders.DLT_EXCEPTION_FQCN) + ": "
				+ text(record.headers(), KafkaHeaders.DLT_EXCEPTION_MESSAGE);
		return new ParkedRecord(record.topic(), record.partition(), record.offset(),
				text(record.headers(), KafkaHeaders.DLT_ORIGINAL_TOPIC),
				text(record.headers(), KafkaHeaders.DLT_ORIGINAL_CONSUMER_GROUP), record.key(),
				text(record.headers(), CloudEventHeaders.TYPE), text(record.headers(), CloudEventHeaders.ID),
				(failure.length() > FAILURE_SHOWN) ? failure.substring(0, FAILURE_SHOWN) + "…" : failure,
				parkedAt(record), replayed);
	}

	private static String text(Headers headers, String name) {
		Header header = headers.lastHeader(name);
		return (header != null && header.value() != null) ? new String(header.value(), StandardCharsets.UTF_8) : null;
	}

}

package org.clinicops.localplatform;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.clinicops.common.messaging.KafkaCloudEvents;
import org.clinicops.contracts.EventEnvelope;

/**
 * Reads a topic from now on in a thread of its own and notes, for the events of the chosen types,
 * when each one about an evaluation arrived, how many arrived and when the last did; and,
 * of every event on the topic, how many carried an id already seen (an event published twice).
 */
final class TopicWatch implements AutoCloseable {

	private static final Pattern EVALUATION_ID = Pattern.compile("\"evaluationId\":\"([^\"]+)\"");

	private final KafkaConsumer<String, String> consumer;

	private final Predicate<String> counted;

	private final Map<String, List<Long>> arrivals = new ConcurrentHashMap<>();

	private final Map<String, Passage> firstPassages = new ConcurrentHashMap<>();

	private final Set<String> eventIds = ConcurrentHashMap.newKeySet();

	private final AtomicInteger arrived = new AtomicInteger();

	private final AtomicInteger publishedTwice = new AtomicInteger();

	private final AtomicLong lastArrival = new AtomicLong();

	private final Thread reader;

	private volatile boolean open = true;

	private TopicWatch(String bootstrapServers, String topic, Predicate<String> counted) {
		this.consumer = BenchmarkKafka.readingFromNow(bootstrapServers, topic);
		this.counted = counted;
		this.reader = new Thread(this::read, "watch-" + topic);
		this.reader.start();
	}

	/** Watches the topic for events whose type the predicate accepts. */
	static TopicWatch of(String bootstrapServers, String topic, Predicate<String> counted) {
		return new TopicWatch(bootstrapServers, topic, counted);
	}

	private void read() {
		try {
			while (this.open) {
				for (ConsumerRecord<String, String> record : this.consumer.poll(Duration.ofMillis(50))) {
					long now = System.nanoTime();
					EventEnvelope envelope = KafkaCloudEvents.from(record.headers());
					if (!this.eventIds.add(envelope.id())) {
						this.publishedTwice.incrementAndGet();
						continue;
					}
					if (!this.counted.test(envelope.type())) {
						continue;
					}
					Matcher evaluation = EVALUATION_ID.matcher(record.value());
					if (evaluation.find()) {
						this.arrivals.computeIfAbsent(evaluation.group(1), id -> new CopyOnWriteArrayList<>()).add(now);
						this.firstPassages.putIfAbsent(evaluation.group(1), new Passage(envelope.time().toEpochMilli(),
								record.timestamp(), System.currentTimeMillis()));
					}
					this.arrived.incrementAndGet();
					this.lastArrival.set(now);
				}
			}
		}
		catch (WakeupException ex) {
			// Closed.
		}
		finally {
			this.consumer.close();
		}
	}

	/** When the first counted event about the evaluation arrived ({@link System#nanoTime()}), or null. */
	Long firstArrivalOf(String evaluationId) {
		List<Long> arrived = this.arrivals.getOrDefault(evaluationId, List.of());
		return arrived.isEmpty() ? null : arrived.get(0);
	}

	/** When the first counted event about the evaluation arrived from {@code since} ({@link System#nanoTime()}) on, or null. */
	Long firstArrivalOf(String evaluationId, long since) {
		return this.arrivals.getOrDefault(evaluationId, List.of())
			.stream()
			.filter(arrived -> arrived - since >= 0)
			.findFirst()
			.orElse(null);
	}

	/**
	 * When the first counted event about the evaluation was created (its CloudEvents time), handed
	 * to the producer (the record's timestamp) and read here, in epoch milliseconds; null if none
	 * came. All processes of the stack read the same clock.
	 */
	Passage firstPassageOf(String evaluationId) {
		return this.firstPassages.get(evaluationId);
	}

	record Passage(long createdMillis, long sentMillis, long readMillis) {
	}

	int arrived() {
		return this.arrived.get();
	}

	long lastArrivalNanos() {
		return this.lastArrival.get();
	}

	int publishedTwice() {
		return this.publishedTwice.get();
	}

	@Override
	public void close() throws InterruptedException {
		this.open = false;
		this.consumer.wakeup();
		this.reader.join();
	}

}

package org.clinicops.common.outbox;

import java.util.Date;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.clinicops.common.events.EventEnvelope;
import org.clinicops.common.messaging.CloudEventHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes the events waiting in the outboxes of the configured collections, oldest document
 * first and each document's events in order, then removes each published event from its
 * document. A crash between publishing and removing publishes the event again with the same id,
 * which idempotent consumers absorb; a broker outage only delays events, since they stay in
 * MongoDB until the broker acknowledges them.
 */
public class OutboxRelay implements SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private static final String OUTBOX = "outbox";

	private final MongoTemplate mongo;

	private final KafkaTemplate<String, String> kafka;

	private final OutboxProperties properties;

	private final String source;

	private ScheduledExecutorService executor;

	public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, OutboxProperties properties,
			String source) {
		this.mongo = mongo;
		this.kafka = kafka;
		this.properties = properties;
		this.source = source;
	}

	/** Publishes what is pending now; returns how many events were published. */
	public int publishPending() {
		int published = 0;
		for (String collection : this.properties.collections()) {
			published += publishPending(collection);
		}
		return published;
	}

	private int publishPending(String collection) {
		Query pending = new Query(Criteria.where(OUTBOX + ".0").exists(true)).limit(this.properties.batchSize());
		int published = 0;
		for (Document document : this.mongo.find(pending, Document.class, collection)) {
			for (Document event : document.getList(OUTBOX, Document.class)) {
				publish(event);
				this.mongo.updateFirst(Query.query(Criteria.where("_id").is(document.get("_id"))),
						new Update().pull(OUTBOX, new Document("eventId", event.getString("eventId"))), collection);
				published++;
			}
		}
		return published;
	}

	private void publish(Document event) {
		EventEnvelope envelope = new EventEnvelope(event.getString("eventId"), this.source, event.getString("type"),
				EventEnvelope.SPEC_VERSION, event.get("time", Date.class).toInstant(), event.getString("key"),
				EventEnvelope.JSON, event.getString("correlationId"));
		ProducerRecord<String, String> record = new ProducerRecord<>(event.getString("topic"), null,
				event.getString("key"), event.getString("payload"), CloudEventHeaders.of(envelope));
		try {
			this.kafka.send(record).get(this.properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new OutboxPublishingException(envelope, ex);
		}
		catch (Exception ex) {
			throw new OutboxPublishingException(envelope, ex);
		}
	}

	private void publishQuietly() {
		try {
			publishPending();
		}
		catch (RuntimeException ex) {
			log.warn("Outbox relay will retry: {}", ex.getMessage());
		}
	}

	@Override
	public void start() {
		this.executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
			Thread thread = new Thread(runnable, "outbox-relay");
			thread.setDaemon(true);
			return thread;
		});
		long interval = this.properties.pollInterval().toMillis();
		this.executor.scheduleWithFixedDelay(this::publishQuietly, interval, interval, TimeUnit.MILLISECONDS);
	}

	@Override
	public void stop() {
		this.executor.shutdown();
		try {
			this.executor.awaitTermination(this.properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		this.executor = null;
	}

	@Override
	public boolean isRunning() {
		return this.executor != null;
	}

}

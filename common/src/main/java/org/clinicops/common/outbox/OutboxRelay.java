package org.clinicops.common.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import io.opentelemetry.context.Scope;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.clinicops.common.messaging.KafkaCloudEvents;
import org.clinicops.contracts.EventEnvelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes the events waiting in the outboxes of the configured collections, the documents
 * marked longest ago first and each document's events in order. A pass starts as soon as events
 * are marked pending (on commit), at once again while a full batch came back, and otherwise
 * after the poll interval as the fallback; events marked while a pass runs make one more pass,
 * so a burst is published in batches. A pass claims the markers it takes (a lease: relays of
 * several instances never both publish one document's events), sends all its events, then
 * awaits their acknowledgements and removes each document's published events in one update. A
 * crash between publishing and removing publishes the event again with the same id once the
 * claim runs out, which idempotent consumers absorb; a broker outage only delays events, since
 * they stay in MongoDB until the broker acknowledges them, and lets go of the claims at once.
 * <p>
 * An urgent change (a risk flag) must not wait for the next poll or behind a backlog of other
 * documents: {@link #publishNow} publishes one document's events on a thread of their own, and
 * the poll remains the fallback if that fails.
 */
public class OutboxRelay implements SmartLifecycle, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	private static final String OUTBOX = "outbox";

	private final MongoTemplate mongo;

	private final KafkaTemplate<String, String> kafka;

	private final OutboxProperties properties;

	private final String source;

	private final OutboxPending pending;

	private final OutboxWakeUp wakeUp;

	private ExecutorService executor;

	private volatile boolean running;

	private final ExecutorService expedited = Executors.newSingleThreadExecutor(runnable -> {
		Thread thread = new Thread(runnable, "outbox-relay-expedited");
		thread.setDaemon(true);
		return thread;
	});

	public OutboxRelay(MongoTemplate mongo, KafkaTemplate<String, String> kafka, OutboxProperties properties,
			String source) {
		this.mongo = mongo;
		this.kafka = kafka;
		this.properties = properties;
		this.source = source;
		this.pending = new OutboxPending(mongo);
		this.wakeUp = OutboxWakeUp.of(mongo);
	}

	/**
	 * Publishes what is pending now, the documents marked longest ago first; returns how many
	 * events were published. The events of a whole pass are sent before any acknowledgement is
	 * awaited (the producer keeps their order), then each document's are removed by one update.
	 */
	public int publishPending() {
		return publishBatch().published();
	}

	/** How many documents a pass took and how many events it published. */
	private record Pass(int documents, int published) {
	}

	private Pass publishBatch() {
		List<OutboxPending.Marker> markers = this.pending.claimOldest(this.properties.collections(),
				this.properties.batchSize(), claimLease());
		List<InFlight> sent = new ArrayList<>(markers.size());
		int published = 0;
		int settled = 0;
		try {
			for (OutboxPending.Marker marker : markers) {
				sent.add(send(marker));
			}
			for (InFlight inFlight : sent) {
				published += inFlight.acknowledged();
				settled++;
			}
			return new Pass(markers.size(), published);
		}
		finally {
			markers.subList(settled, markers.size()).forEach(this.pending::release);
		}
	}

	/** A claim outlasts a pass that waits its longest for the broker, so that it is never taken from a pass at work. */
	private Duration claimLease() {
		return this.properties.sendTimeout().multipliedBy(3);
	}

	/**
	 * Marks every document holding events, whether or not a marker says so: once when the relay
	 * starts, the one search of all documents, for events stored before markers were kept or by a
	 * process that stopped between storing events and marking them.
	 */
	void markStoredEvents() {
		for (String collection : this.properties.collections()) {
			Query holding = new Query(Criteria.where(OUTBOX + ".0").exists(true));
			holding.fields().include("_id");
			for (Document document : this.mongo.find(holding, Document.class, collection)) {
				this.pending.mark(collection, document.get("_id"));
			}
		}
	}

	/**
	 * Publishes the pending events of one aggregate's document at once, without waiting for the
	 * poll; returns at once. Should that fail, the poll publishes them later.
	 */
	public void publishNow(Class<? extends OutboxAggregate> aggregateType, Object id) {
		String collection = this.mongo.getCollectionName(aggregateType);
		this.expedited.execute(() -> {
			try {
				publishEventsOf(id, collection);
			}
			catch (RuntimeException ex) {
				log.warn("Expedited events of {} are left to the outbox poll: {}", id, ex.getMessage());
			}
		});
	}

	/**
	 * Publishes one document's events if its marker can be claimed; a pass holding it publishes
	 * them otherwise.
	 */
	private int publishEventsOf(Object id, String collection) {
		Optional<OutboxPending.Marker> marker = this.pending.claim(collection, id, claimLease());
		if (marker.isEmpty()) {
			return 0;
		}
		boolean settled = false;
		try {
			int published = send(marker.get()).acknowledged();
			settled = true;
			return published;
		}
		finally {
			if (!settled) {
				this.pending.release(marker.get());
			}
		}
	}

	/** Sends the events of the marker's document without waiting for the broker. */
	private InFlight send(OutboxPending.Marker marker) {
		Document document = this.mongo.findById(marker.documentId(), Document.class, marker.collection());
		List<Document> events = (document != null && document.containsKey(OUTBOX))
				? document.getList(OUTBOX, Document.class) : List.of();
		List<Sending> sending = new ArrayList<>(events.size());
		for (Document event : events) {
			sending.add(publish(event));
		}
		return new InFlight(marker, sending);
	}

	/** One event on its way to the broker. */
	private record Sending(EventEnvelope envelope, CompletableFuture<?> acknowledgement) {
	}

	/** A document's events on their way; once all are acknowledged they leave the outbox in one update. */
	private final class InFlight {

		private final OutboxPending.Marker marker;

		private final List<Sending> sending;

		InFlight(OutboxPending.Marker marker, List<Sending> sending) {
			this.marker = marker;
			this.sending = sending;
		}

		int acknowledged() {
			List<String> published = new ArrayList<>(this.sending.size());
			for (Sending event : this.sending) {
				awaitAcknowledgement(event);
				published.add(event.envelope().id());
			}
			if (!published.isEmpty()) {
				OutboxRelay.this.mongo.updateFirst(Query.query(Criteria.where("_id").is(this.marker.documentId())),
						new Update().pull(OUTBOX, Query.query(Criteria.where("eventId").in(published))),
						this.marker.collection());
			}
			OutboxRelay.this.pending.settle(this.marker);
			return published.size();
		}

	}

	private void awaitAcknowledgement(Sending event) {
		try {
			event.acknowledgement().get(this.properties.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new OutboxPublishingException(event.envelope(), ex);
		}
		catch (Exception ex) {
			throw new OutboxPublishingException(event.envelope(), ex);
		}
	}

	private Sending publish(Document event) {
		String payload = event.getString("payload");
		EventEnvelope envelope = new EventEnvelope(event.getString("eventId"), this.source, event.getString("type"),
				EventEnvelope.SPEC_VERSION, event.get("time", Date.class).toInstant(), event.getString("key"),
				(payload != null) ? EventEnvelope.JSON : null, event.getString("correlationId"));
		ProducerRecord<String, String> record = new ProducerRecord<>(event.getString("topic"), null,
				event.getString("key"), payload, KafkaCloudEvents.of(envelope));
		try (Scope storedIn = TraceParent.restore(event.getString("traceParent")).makeCurrent()) {
			return new Sending(envelope, this.kafka.send(record));
		}
		catch (RuntimeException ex) {
			throw new OutboxPublishingException(envelope, ex);
		}
	}

	/** Passes on every wake-up, at once again after a full batch, and at least every poll interval. */
	private void relayUntilStopped() {
		while (this.running) {
			boolean fullBatch = false;
			try {
				fullBatch = publishBatch().documents() >= this.properties.batchSize();
			}
			catch (RuntimeException ex) {
				log.warn("Outbox relay will retry: {}", ex.getMessage());
			}
			if (!fullBatch) {
				try {
					this.wakeUp.await(this.properties.pollInterval());
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

	@Override
	public void start() {
		this.running = true;
		this.executor = Executors.newSingleThreadExecutor(runnable -> {
			Thread thread = new Thread(runnable, "outbox-relay");
			thread.setDaemon(true);
			return thread;
		});
		this.executor.execute(() -> {
			try {
				this.pending.declareIndexes();
				markStoredEvents();
			}
			catch (RuntimeException ex) {
				log.warn("Events stored before their markers wait for the next start: {}", ex.getMessage());
			}
		});
		this.executor.execute(this::relayUntilStopped);
	}

	@Override
	public void stop() {
		this.running = false;
		this.wakeUp.ring();
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
	public void destroy() {
		this.expedited.shutdownNow();
	}

	@Override
	public boolean isRunning() {
		return this.executor != null;
	}

}

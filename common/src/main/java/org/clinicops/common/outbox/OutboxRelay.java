package org.clinicops.common.outbox;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.opentelemetry.context.Scope;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.clinicops.common.messaging.KafkaCloudEvents;
import org.clinicops.contracts.EventEnvelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes the events waiting in the outboxes of the configured collections, the documents
 * marked longest ago first and each document's events in order. A pass starts as soon as events
 * are marked pending (on commit), over the markers this process wrote, claimed by id; at least
 * every poll interval, and at once again after a full batch, a pass searches the oldest markers
 * of any process instead, as the fallback. A pass claims the markers it takes (a lease: relays of
 * several instances never both publish one document's events), reads their documents with one
 * query per collection, sends all their events, then awaits the acknowledgements and removes the
 * published events with one bulk update per collection. A crash between publishing and removing
 * publishes the event again with the same id once the claim runs out, which idempotent consumers
 * absorb; a broker outage only delays events, since they stay in MongoDB until the broker
 * acknowledges them, and lets go of the claims at once.
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
	 * awaited (the producer keeps their order), then they leave their documents in one bulk update
	 * per collection.
	 */
	public int publishPending() {
		return publishBatch().published();
	}

	/** How many documents a pass took and how many events it published. */
	private record Pass(int documents, int published) {
	}

	private Pass publishBatch() {
		return publishClaimed(this.pending.claimOldest(this.properties.collections(), this.properties.batchSize(),
				claimLease()));
	}

	/**
	 * Publishes what this process marked since the last pass in the collections this relay
	 * publishes, claimed by id; markers of other collections are left to their own relay's search.
	 */
	private Pass publishMarked() {
		List<String> marked = this.wakeUp.takeMarked(this.properties.batchSize())
			.stream()
			.filter(markerId -> OutboxPending.isOfAny(markerId, this.properties.collections()))
			.toList();
		return publishClaimed(this.pending.claim(marked, claimLease()));
	}

	private Pass publishClaimed(List<OutboxPending.Marker> markers) {
		return new Pass(markers.size(), publish(markers));
	}

	/**
	 * Sends the events of the claimed markers' documents, read with one query per collection, in
	 * the markers' order; then awaits the acknowledgements in that order. The documents whose events
	 * were all acknowledged have them removed (one bulk update per collection) and their markers
	 * settled; the claims on the others are let go at once, for the next pass.
	 */
	private int publish(List<OutboxPending.Marker> markers) {
		List<InFlight> sent = new ArrayList<>(markers.size());
		int acknowledged = 0;
		RuntimeException failure = null;
		try {
			Map<OutboxPending.Marker, Document> documents = documentsOf(markers);
			for (OutboxPending.Marker marker : markers) {
				sent.add(send(marker, documents.get(marker)));
			}
			for (InFlight inFlight : sent) {
				inFlight.sending().forEach(this::awaitAcknowledgement);
				acknowledged++;
			}
		}
		catch (RuntimeException ex) {
			failure = ex;
		}
		List<InFlight> published = sent.subList(0, acknowledged);
		try {
			removePublished(published);
			if (!this.pending.settle(published.stream().map(InFlight::marker).toList())) {
				// Marked again while published: noted again, so the next pass claims them by id.
				published.forEach(inFlight -> this.wakeUp.marked(inFlight.marker().id()));
			}
		}
		finally {
			this.pending.release(markers.subList(acknowledged, markers.size()));
		}
		if (failure != null) {
			throw failure;
		}
		return published.stream().mapToInt(inFlight -> inFlight.sending().size()).sum();
	}

	/** The markers' documents, read by id with one query per collection; a document gone since is absent. */
	private Map<OutboxPending.Marker, Document> documentsOf(List<OutboxPending.Marker> markers) {
		Map<OutboxPending.Marker, Document> documents = new HashMap<>();
		markers.stream().collect(Collectors.groupingBy(OutboxPending.Marker::collection)).forEach((collection, ofCollection) -> {
			Query byId = Query.query(Criteria.where("_id").in(ofCollection.stream().map(OutboxPending.Marker::documentId).toList()));
			Map<Object, Document> read = new HashMap<>();
			this.mongo.find(byId, Document.class, collection).forEach(document -> read.put(document.get("_id"), document));
			ofCollection.forEach(marker -> {
				Document document = read.get(marker.documentId());
				if (document != null) {
					documents.put(marker, document);
				}
			});
		});
		return documents;
	}

	/** Removes the acknowledged events from their documents, one bulk update per collection. */
	private void removePublished(List<InFlight> published) {
		published.stream()
			.filter(inFlight -> !inFlight.sending().isEmpty())
			.collect(Collectors.groupingBy(inFlight -> inFlight.marker().collection()))
			.forEach((collection, ofCollection) -> {
				BulkOperations removal = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, collection);
				ofCollection.forEach(inFlight -> removal.updateOne(
						Query.query(Criteria.where("_id").is(inFlight.marker().documentId())),
						new Update().pull(OUTBOX, Query.query(Criteria.where("eventId").in(inFlight.eventIds())))));
				removal.execute();
			});
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
		return publish(this.pending.claim(collection, id, claimLease()).map(List::of).orElse(List.of()));
	}

	/** Sends the events of the marker's document without waiting for the broker. */
	private InFlight send(OutboxPending.Marker marker, Document document) {
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

	/** A document's events on their way to the broker. */
	private record InFlight(OutboxPending.Marker marker, List<Sending> sending) {

		List<String> eventIds() {
			return this.sending.stream().map(event -> event.envelope().id()).toList();
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

	/**
	 * Passes on every wake-up over what this process marked, claimed by id; and, at least every poll
	 * interval and at once again after a full batch, over the oldest markers of any process (a
	 * search), so that what another instance left or a failed pass let go is published too.
	 */
	private void relayUntilStopped() {
		long searchDue = System.nanoTime();
		while (this.running) {
			boolean again = false;
			try {
				if (System.nanoTime() - searchDue >= 0) {
					again = publishBatch().documents() >= this.properties.batchSize();
					searchDue = System.nanoTime() + (again ? 0 : this.properties.pollInterval().toNanos());
				}
				else {
					publishMarked();
				}
				again |= this.wakeUp.anyMarked();
			}
			catch (RuntimeException ex) {
				log.warn("Outbox relay will retry: {}", ex.getMessage());
			}
			if (!again) {
				try {
					this.wakeUp.await(Duration.ofNanos(Math.max(0, searchDue - System.nanoTime())));
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

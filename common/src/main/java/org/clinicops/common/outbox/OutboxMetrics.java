package org.clinicops.common.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The outbox's backlog as operations see it: events stored but not yet acknowledged by the
 * broker, and how long the oldest has waited. Both should stay near zero; growth means the
 * broker is out of reach or the relay is stuck.
 */
public class OutboxMetrics implements MeterBinder {

	/** A scrape reads at most this many waiting documents; a backlog beyond it reads as this many. */
	private static final int MOST_DOCUMENTS_READ = 1000;

	private final MongoTemplate mongo;

	private final OutboxProperties properties;

	private final Clock clock;

	private final OutboxPending pending;

	public OutboxMetrics(MongoTemplate mongo, OutboxProperties properties, Clock clock) {
		this.mongo = mongo;
		this.properties = properties;
		this.clock = clock;
		this.pending = new OutboxPending(mongo);
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("clinic.outbox.backlog", this, metrics -> metrics.waiting().size())
			.description("Events stored in the outbox and not yet acknowledged by the broker")
			.register(registry);
		Gauge.builder("clinic.outbox.oldest.age", this, OutboxMetrics::oldestAgeSeconds)
			.description("How long the oldest event in the outbox has waited")
			.baseUnit("seconds")
			.register(registry);
	}

	private double oldestAgeSeconds() {
		return waiting().stream()
			.min(Instant::compareTo)
			.map(oldest -> Duration.between(oldest, this.clock.instant()).toMillis() / 1000.0)
			.orElse(0.0);
	}

	/** When each waiting event was stored: the documents the relay has marked, each read by its id. */
	private List<Instant> waiting() {
		return this.pending.oldest(this.properties.collections(), MOST_DOCUMENTS_READ)
			.stream()
			.map(marker -> {
				Query byId = Query.query(Criteria.where("_id").is(marker.documentId()));
				byId.fields().include("outbox.time");
				return this.mongo.findOne(byId, Document.class, marker.collection());
			})
			.filter(document -> document != null && document.containsKey("outbox"))
			.flatMap(document -> document.getList("outbox", Document.class).stream())
			.map(event -> event.get("time"))
			.filter(Date.class::isInstance)
			.map(time -> ((Date) time).toInstant())
			.toList();
	}

}

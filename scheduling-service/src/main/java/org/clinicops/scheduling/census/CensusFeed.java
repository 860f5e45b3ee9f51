package org.clinicops.scheduling.census;

import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.clinicops.common.messaging.InboundEvent;
import org.clinicops.common.web.LiveFeed;
import org.clinicops.contracts.AlertPriority;
import org.clinicops.contracts.EventTypes;
import org.clinicops.contracts.Topics;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * Keeps the census current from events and pushes it to the browsers connected to this instance.
 * Every instance reads the enrollments and alerts topics in a consumer group of its own, from the
 * start of what the broker keeps: it learns every urgent alert and its acknowledgement (stored
 * idempotently, by alert id) and sends the new census after each batch of events, whichever
 * instance caused them: a placement's dozen events change it once, and a browser needs only the
 * latest census. Nothing polls another service's database. Only the two alert events are read
 * beyond their headers: an enrollment event only says the census changed.
 */
@Component
public class CensusFeed extends LiveFeed<String> {

	private final CensusService census;

	private final MongoTemplate mongo;

	CensusFeed(CensusService census, MongoTemplate mongo) {
		this.census = census;
		this.mongo = mongo;
	}

	/** A connection that receives the census now and after every change. */
	@Override
	public SseEmitter subscribe(String staffMember) {
		SseEmitter emitter = super.subscribe(staffMember);
		push();
		return emitter;
	}

	@KafkaListener(id = "census-feed", topics = { Topics.SCHEDULING_ENROLLMENTS, Topics.NOTIFICATION_ALERTS },
			groupId = "scheduling-census-${random.uuid}", properties = "auto.offset.reset=earliest", batch = "true")
	void on(List<ConsumerRecord<String, String>> records) {
		for (int index = 0; index < records.size(); index++) {
			try {
				note(records.get(index));
				if (index == records.size() - 1) {
					push();
				}
			}
			catch (RuntimeException ex) {
				// The error handler commits the records before this one and retries from it.
				throw new BatchListenerFailedException(ex.getMessage(), ex, index);
			}
		}
	}

	private void note(ConsumerRecord<String, String> record) {
		InboundEvent.read(record, EventTypes.ALERT_RAISED)
			.filter(raised -> raised.priority() == AlertPriority.URGENT)
			.ifPresent(raised -> this.mongo.save(new OpenUrgentAlert(raised.alertId(), raised.evaluationId(),
					raised.alertType(), raised.recipientRole(), raised.raisedAt())));
		InboundEvent.read(record, EventTypes.ALERT_ACKNOWLEDGED)
			.ifPresent(acknowledged -> this.mongo.remove(new OpenUrgentAlert(acknowledged.alertId(), null, null, null, null)));
	}

	private void push() {
		if (hasSubscribers()) {
			Census current = this.census.current();
			send("census", current.at().toString(), current, anyone -> true);
		}
	}

}

package org.clinicops.notification.alerts;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.clinicops.common.messaging.IdempotentConsumer;
import org.clinicops.common.messaging.InboundEvent;
import org.clinicops.contracts.Topics;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Every intake and scheduling event staff must act on becomes alerts. */
@Component
class ClinicEventsListener {

	private static final String CONSUMER = "notification.alerts";

	private final AlertService alerts;

	private final IdempotentConsumer processed;

	ClinicEventsListener(AlertService alerts, IdempotentConsumer processed) {
		this.alerts = alerts;
		this.processed = processed;
	}

	@KafkaListener(topics = { Topics.INTAKE_EVALUATIONS, Topics.SCHEDULING_ENROLLMENTS },
			concurrency = "${clinic.kafka.partitions}")
	void on(ConsumerRecord<String, String> record) {
		// Most events call for no alert (a placement books a dozen appointments and more): those are
		// passed over without a record of having been handled, two database commands each.
		InboundEvent.read(record)
			.filter(this.alerts::callsForAlerts)
			.ifPresent(event -> this.processed.handleOnce(CONSUMER, event.envelope(), () -> this.alerts.raiseFor(event)));
	}

}

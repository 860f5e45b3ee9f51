package org.clinicops.notification.alerts;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.clinicops.common.events.Topics;
import org.clinicops.common.messaging.InboundEvent;
import org.clinicops.common.messaging.ProcessedEvents;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Every intake and scheduling event staff must act on becomes alerts. */
@Component
class ClinicEventsListener {

	private static final String CONSUMER = "notification.alerts";

	private final AlertService alerts;

	private final ProcessedEvents processed;

	ClinicEventsListener(AlertService alerts, ProcessedEvents processed) {
		this.alerts = alerts;
		this.processed = processed;
	}

	@KafkaListener(topics = { Topics.INTAKE_EVALUATIONS, Topics.SCHEDULING_ENROLLMENTS })
	void on(ConsumerRecord<String, String> record) {
		InboundEvent.read(record)
			.ifPresent(event -> this.processed.handleOnce(CONSUMER, event.envelope(), () -> this.alerts.raiseFor(event)));
	}

}

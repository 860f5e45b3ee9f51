package org.clinicops.notification.alerts;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.clinicops.common.messaging.InboundEvent;
import org.clinicops.contracts.Topics;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Every intake and scheduling event staff must act on becomes alerts. No record of the events
 * handled is kept: an alert's id derives from its event and recipient, so a redelivery finds its
 * alerts stored and raises none, and the escalation it lists again is dropped by the sweep once it
 * finds the alert acknowledged or escalated already. A record would cost two database commands on
 * every alerting event to spare that.
 */
@Component
class ClinicEventsListener {

	private final AlertService alerts;

	ClinicEventsListener(AlertService alerts) {
		this.alerts = alerts;
	}

	@KafkaListener(topics = { Topics.INTAKE_EVALUATIONS, Topics.SCHEDULING_ENROLLMENTS },
			concurrency = "${clinic.kafka.partitions}")
	void on(ConsumerRecord<String, String> record) {
		InboundEvent.read(record).filter(this.alerts::callsForAlerts).ifPresent(this.alerts::raiseFor);
	}

}

package org.clinicops.notification.messages;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.clinicops.common.messaging.InboundEvent;
import org.clinicops.common.messaging.KafkaCloudEvents;
import org.clinicops.contracts.EventTypes;
import org.clinicops.contracts.Topics;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * A welcome when a person is enrolled, a note when they are waitlisted. A consumer group of its
 * own, so that messages and alerts never wait on each other. No record of the events handled is
 * kept: a message's id derives from the person and its kind, so a redelivery finds it owed or sent
 * already, and the dispatcher drops the entry it lists again once it finds the message no longer
 * pending. A record would cost two database commands on each of these events to spare that.
 */
@Component
class PatientMessageListener {

	private final PatientMessageDelivery messages;

	PatientMessageListener(PatientMessageDelivery messages) {
		this.messages = messages;
	}

	@KafkaListener(topics = Topics.SCHEDULING_ENROLLMENTS, groupId = "notification-messages",
			concurrency = "${clinic.kafka.partitions}")
	void on(ConsumerRecord<String, String> record) {
		InboundEvent.read(record, EventTypes.PATIENT_ENROLLED)
			.ifPresent(enrolled -> this.messages.owe(MessageKind.WELCOME, enrolled.evaluationId(), enrolled.initials(),
					KafkaCloudEvents.from(record.headers()).correlationId()));
		InboundEvent.read(record, EventTypes.PATIENT_WAITLISTED)
			.ifPresent(waitlisted -> this.messages.owe(MessageKind.WAITLIST, waitlisted.evaluationId(),
					waitlisted.initials(), KafkaCloudEvents.from(record.headers()).correlationId()));
	}

}

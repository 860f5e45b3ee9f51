package org.clinicops.notification.messages;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.clinicops.common.messaging.IdempotentConsumer;
import org.clinicops.contracts.EventTypes;
import org.clinicops.contracts.Topics;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * A welcome when a person is enrolled, a note when they are waitlisted. A consumer group of its
 * own, so that messages and alerts never wait on each other.
 */
@Component
class PatientMessageListener {

	private static final String CONSUMER = "notification.messages";

	private final PatientMessageDelivery messages;

	private final IdempotentConsumer processed;

	PatientMessageListener(PatientMessageDelivery messages, IdempotentConsumer processed) {
		this.messages = messages;
		this.processed = processed;
	}

	@KafkaListener(topics = Topics.SCHEDULING_ENROLLMENTS, groupId = "notification-messages",
			concurrency = "${clinic.kafka.partitions}")
	void on(ConsumerRecord<String, String> record) {
		this.processed.handleOnce(CONSUMER, record, EventTypes.PATIENT_ENROLLED, (enrolled, envelope) -> this.messages
			.owe(MessageKind.WELCOME, enrolled.evaluationId(), enrolled.initials(), envelope.correlationId()));
		this.processed.handleOnce(CONSUMER, record, EventTypes.PATIENT_WAITLISTED, (waitlisted, envelope) -> this.messages
			.owe(MessageKind.WAITLIST, waitlisted.evaluationId(), waitlisted.initials(), envelope.correlationId()));
	}

}

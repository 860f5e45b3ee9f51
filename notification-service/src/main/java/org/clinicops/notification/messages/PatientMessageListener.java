package org.clinicops.notification.messages;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.clinicops.common.events.PatientEnrolled;
import org.clinicops.common.events.PatientWaitlisted;
import org.clinicops.common.events.Topics;
import org.clinicops.common.messaging.InboundEvent;
import org.clinicops.common.messaging.ProcessedEvents;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * A welcome when a person is enrolled, a note when they are waitlisted. A consumer group of its
 * own, so that messages and alerts never wait on each other.
 */
@Component
class PatientMessageListener {

	private static final String CONSUMER = "notification.messages";

	private final PatientMessages messages;

	private final ProcessedEvents processed;

	PatientMessageListener(PatientMessages messages, ProcessedEvents processed) {
		this.messages = messages;
		this.processed = processed;
	}

	@KafkaListener(topics = Topics.SCHEDULING_ENROLLMENTS, groupId = "notification-messages")
	void on(ConsumerRecord<String, String> record) {
		InboundEvent.read(record).ifPresent(event -> {
			if (event.payload() instanceof PatientEnrolled enrolled) {
				this.processed.handleOnce(CONSUMER, event.envelope(), () -> this.messages.owe(MessageKind.WELCOME,
						enrolled.evaluationId(), enrolled.initials(), event.envelope().correlationId()));
			}
			else if (event.payload() instanceof PatientWaitlisted waitlisted) {
				this.processed.handleOnce(CONSUMER, event.envelope(), () -> this.messages.owe(MessageKind.WAITLIST,
						waitlisted.evaluationId(), waitlisted.initials(), event.envelope().correlationId()));
			}
		});
	}

}

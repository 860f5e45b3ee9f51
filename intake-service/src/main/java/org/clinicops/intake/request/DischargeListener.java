package org.clinicops.intake.request;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.clinicops.common.events.PatientDischarged;
import org.clinicops.common.events.Topics;
import org.clinicops.common.messaging.InboundEvent;
import org.clinicops.common.messaging.ProcessedEvents;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Intake's reading of scheduling: a discharged person's contact is removed from the contacts
 * topic, which intake owns, so that no service keeps it once care has ended.
 */
@Component
class DischargeListener {

	private static final String CONSUMER = "intake.discharge";

	private final EvaluationRequestService requests;

	private final ProcessedEvents processed;

	DischargeListener(EvaluationRequestService requests, ProcessedEvents processed) {
		this.requests = requests;
		this.processed = processed;
	}

	@KafkaListener(topics = Topics.SCHEDULING_ENROLLMENTS)
	void on(ConsumerRecord<String, String> record) {
		InboundEvent.read(record)
			.filter(event -> event.payload() instanceof PatientDischarged)
			.ifPresent(event -> this.processed.handleOnce(CONSUMER, event.envelope(),
					() -> this.requests.forgetContactAfterDischarge(event.payload().evaluationId())));
	}

}

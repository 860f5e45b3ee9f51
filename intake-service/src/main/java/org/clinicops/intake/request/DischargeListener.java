package org.clinicops.intake.request;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.clinicops.common.messaging.IdempotentConsumer;
import org.clinicops.contracts.EventTypes;
import org.clinicops.contracts.Topics;

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

	private final IdempotentConsumer processed;

	DischargeListener(EvaluationRequestService requests, IdempotentConsumer processed) {
		this.requests = requests;
		this.processed = processed;
	}

	@KafkaListener(topics = Topics.SCHEDULING_ENROLLMENTS)
	void on(ConsumerRecord<String, String> record) {
		this.processed.handleOnce(CONSUMER, record, EventTypes.PATIENT_DISCHARGED,
				(discharged, envelope) -> this.requests.forgetContactAfterDischarge(discharged.evaluationId()));
	}

}

package org.clinicops.scheduling.enrollment;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.clinicops.common.messaging.IdempotentConsumer;
import org.clinicops.contracts.EventTypes;
import org.clinicops.contracts.Topics;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Scheduling's reading of intake: an accepted evaluation becomes an enrollment. */
@Component
class EvaluationAcceptedListener {

	private static final String CONSUMER = "scheduling.enrollment";

	private final EnrollmentService enrollments;

	private final IdempotentConsumer processed;

	EvaluationAcceptedListener(EnrollmentService enrollments, IdempotentConsumer processed) {
		this.enrollments = enrollments;
		this.processed = processed;
	}

	@KafkaListener(topics = Topics.INTAKE_EVALUATIONS, concurrency = "${clinic.kafka.partitions}")
	void on(ConsumerRecord<String, String> record) {
		this.processed.handleOnce(CONSUMER, record, EventTypes.EVALUATION_ACCEPTED,
				(accepted, envelope) -> this.enrollments.enroll(accepted, envelope.correlationId()));
	}

}

package org.clinicops.scheduling.enrollment;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.clinicops.common.events.EvaluationAccepted;
import org.clinicops.common.events.Topics;
import org.clinicops.common.messaging.InboundEvent;
import org.clinicops.common.messaging.ProcessedEvents;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Scheduling's reading of intake: an accepted evaluation becomes an enrollment. */
@Component
class EvaluationAcceptedListener {

	private static final String CONSUMER = "scheduling.enrollment";

	private final EnrollmentService enrollments;

	private final ProcessedEvents processed;

	EvaluationAcceptedListener(EnrollmentService enrollments, ProcessedEvents processed) {
		this.enrollments = enrollments;
		this.processed = processed;
	}

	@KafkaListener(topics = Topics.INTAKE_EVALUATIONS)
	void on(ConsumerRecord<String, String> record) {
		InboundEvent.read(record)
			.filter(event -> event.payload() instanceof EvaluationAccepted)
			.ifPresent(event -> this.processed.handleOnce(CONSUMER, event.envelope(),
					() -> this.enrollments.enroll((EvaluationAccepted) event.payload(), event.envelope().correlationId())));
	}

}

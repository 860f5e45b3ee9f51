package org.clinicops.scheduling.enrollment;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.clinicops.common.messaging.InboundEvent;
import org.clinicops.common.messaging.KafkaCloudEvents;
import org.clinicops.contracts.EventTypes;
import org.clinicops.contracts.Topics;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Scheduling's reading of intake: an accepted evaluation becomes an enrollment. Unlike other
 * consumers it keeps no record of handled events: the enrollment, one per evaluation, is that
 * record, and {@link EnrollmentService#enroll} stores it under a key that refuses a second one; a
 * record would cost a read before and a write after every acceptance to spare nothing.
 */
@Component
class EvaluationAcceptedListener {

	private final EnrollmentService enrollments;

	EvaluationAcceptedListener(EnrollmentService enrollments) {
		this.enrollments = enrollments;
	}

	@KafkaListener(topics = Topics.INTAKE_EVALUATIONS, concurrency = "${clinic.kafka.partitions}")
	void on(ConsumerRecord<String, String> record) {
		InboundEvent.read(record, EventTypes.EVALUATION_ACCEPTED)
			.ifPresent(accepted -> this.enrollments.enroll(accepted, KafkaCloudEvents.from(record.headers()).correlationId()));
	}

}

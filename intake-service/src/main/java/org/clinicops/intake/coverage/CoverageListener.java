package org.clinicops.intake.coverage;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.clinicops.common.messaging.IdempotentConsumer;
import org.clinicops.contracts.EventTypes;
import org.clinicops.contracts.Topics;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Coverage learns from events: scheduling's attendance makes service days; intake's own acceptance
 * starts the two days within which benefits must be verified (read from the topic, so a crash after
 * the decision cannot skip it). A consumer group of its own, so it reads every partition; a thread
 * per partition, since every acceptance of a burst opens a coverage (each person's events stay in
 * order on their partition).
 */
@Component
class CoverageListener {

	private static final String CONSUMER = "intake.coverage";

	private final CoverageService coverage;

	private final IdempotentConsumer processed;

	CoverageListener(CoverageService coverage, IdempotentConsumer processed) {
		this.coverage = coverage;
		this.processed = processed;
	}

	@KafkaListener(topics = { Topics.SCHEDULING_ENROLLMENTS, Topics.INTAKE_EVALUATIONS }, groupId = "intake-coverage",
			concurrency = "${clinic.kafka.partitions}")
	void on(ConsumerRecord<String, String> record) {
		this.processed.handleOnce(CONSUMER, record, EventTypes.ATTENDANCE_RECORDED,
				(recorded, envelope) -> this.coverage.attendanceRecorded(recorded));
		this.processed.handleOnce(CONSUMER, record, EventTypes.EVALUATION_ACCEPTED,
				(accepted, envelope) -> this.coverage.accepted(accepted));
	}

}

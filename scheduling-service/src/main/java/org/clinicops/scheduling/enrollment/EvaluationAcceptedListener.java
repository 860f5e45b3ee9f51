package org.clinicops.scheduling.enrollment;

import java.util.List;
import java.util.Optional;

import io.opentelemetry.context.Scope;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.clinicops.common.messaging.InboundEvent;
import org.clinicops.common.messaging.KafkaCloudEvents;
import org.clinicops.common.outbox.TraceParent;
import org.clinicops.contracts.EvaluationAccepted;
import org.clinicops.contracts.EventTypes;
import org.clinicops.contracts.Topics;
import org.clinicops.scheduling.groups.SeatSearch;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * Scheduling's reading of intake: an accepted evaluation becomes an enrollment. Unlike other
 * consumers it keeps no record of handled events: the enrollment, one per evaluation, is that
 * record, and {@link EnrollmentService#enroll} stores it under a key that refuses a second one; a
 * record would cost a read before and a write after every acceptance to spare nothing.
 * <p>
 * A batch of records at a time, each acceptance enrolled in turn as before, with the open groups
 * of a focus and track read once for the batch rather than once per person ({@link SeatSearch}).
 * A record that cannot be read or enrolled is named to the error handler by its place in the
 * batch: the records before it are committed, it is retried and then parked alone. Each is
 * enrolled in its record's trace, as a listener of single records would be.
 */
@Component
class EvaluationAcceptedListener {

	private final EnrollmentService enrollments;

	EvaluationAcceptedListener(EnrollmentService enrollments) {
		this.enrollments = enrollments;
	}

	@KafkaListener(topics = Topics.INTAKE_EVALUATIONS, concurrency = "${clinic.kafka.partitions}", batch = "true")
	void on(List<ConsumerRecord<String, String>> records) {
		SeatSearch search = this.enrollments.seatSearch();
		for (int index = 0; index < records.size(); index++) {
			ConsumerRecord<String, String> record = records.get(index);
			try (Scope publishedIn = TraceParent.of(record).makeCurrent()) {
				Optional<EvaluationAccepted> accepted = InboundEvent.read(record, EventTypes.EVALUATION_ACCEPTED);
				if (accepted.isPresent()) {
					this.enrollments.enroll(accepted.get(), KafkaCloudEvents.from(record.headers()).correlationId(),
							search);
				}
			}
			catch (RuntimeException ex) {
				throw new BatchListenerFailedException(ex.getMessage(), ex, index);
			}
		}
	}

}

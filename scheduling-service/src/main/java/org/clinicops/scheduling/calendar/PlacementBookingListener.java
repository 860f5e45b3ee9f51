package org.clinicops.scheduling.calendar;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.clinicops.common.messaging.IdempotentConsumer;
import org.clinicops.contracts.EventTypes;
import org.clinicops.contracts.Topics;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Scheduling's calendars follow its own enrollments: a person enrolled (at once or from the
 * waitlist) gets the appointments their plan needs; a person moved to another group has what
 * clashes with its meetings moved; a person discharged loses their future ones.
 * Reading the topic, rather than being called from the placement, lets a crash between the two be
 * completed by redelivery.
 */
@Component
class PlacementBookingListener {

	private static final String CONSUMER = "scheduling.calendar";

	private final PlacementBooking booking;

	private final IdempotentConsumer processed;

	PlacementBookingListener(PlacementBooking booking, IdempotentConsumer processed) {
		this.booking = booking;
		this.processed = processed;
	}

	@KafkaListener(topics = Topics.SCHEDULING_ENROLLMENTS, groupId = "scheduling-calendar",
			concurrency = "${clinic.kafka.partitions}")
	void on(ConsumerRecord<String, String> record) {
		this.processed.handleOnce(CONSUMER, record, EventTypes.PATIENT_ENROLLED,
				(enrolled, envelope) -> this.booking.bookFor(enrolled.enrollmentId()));
		this.processed.handleOnce(CONSUMER, record, EventTypes.GROUP_ASSIGNED,
				(assigned, envelope) -> this.booking.rebookClashes(assigned.enrollmentId()));
		this.processed.handleOnce(CONSUMER, record, EventTypes.PATIENT_DISCHARGED,
				(discharged, envelope) -> this.booking.cancelAfterDischarge(discharged.enrollmentId()));
	}

}

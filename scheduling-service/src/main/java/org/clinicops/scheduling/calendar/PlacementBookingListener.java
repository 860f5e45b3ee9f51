package org.clinicops.scheduling.calendar;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.clinicops.common.messaging.InboundEvent;
import org.clinicops.contracts.EventTypes;
import org.clinicops.contracts.Topics;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Scheduling's calendars follow its own enrollments: a person enrolled (at once or from the
 * waitlist) gets the appointments their plan needs; a person transferred to another group has what
 * clashes with its meetings moved; a person discharged loses their future ones.
 * Reading the topic, rather than being called from the placement, lets a crash between the two be
 * completed by redelivery. No record of handled events is kept: each step reads the enrollment and
 * its appointments first and does only what is missing (deterministic appointment ids, a flag once
 * per kind and week), so a redelivery changes nothing, and a record would cost a read and a write on
 * each of every placement's events.
 */
@Component
class PlacementBookingListener {

	private final PlacementBooking booking;

	PlacementBookingListener(PlacementBooking booking) {
		this.booking = booking;
	}

	@KafkaListener(topics = Topics.SCHEDULING_ENROLLMENTS, groupId = "scheduling-calendar",
			concurrency = "${clinic.kafka.partitions}")
	void on(ConsumerRecord<String, String> record) {
		InboundEvent.read(record, EventTypes.PATIENT_ENROLLED)
			.ifPresent(enrolled -> this.booking.bookFor(enrolled.enrollmentId()));
		// At placement the bookings were made around this group's meetings already.
		InboundEvent.read(record, EventTypes.GROUP_ASSIGNED)
			.filter(assigned -> assigned.previousGroupId() != null)
			.ifPresent(assigned -> this.booking.rebookClashes(assigned.enrollmentId()));
		InboundEvent.read(record, EventTypes.PATIENT_DISCHARGED)
			.ifPresent(discharged -> this.booking.cancelAfterDischarge(discharged.enrollmentId()));
	}

}

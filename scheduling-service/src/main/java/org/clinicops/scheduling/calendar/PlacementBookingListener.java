package org.clinicops.scheduling.calendar;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.opentelemetry.context.Scope;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.clinicops.common.messaging.InboundEvent;
import org.clinicops.common.outbox.TraceParent;
import org.clinicops.contracts.ClinicEvent;
import org.clinicops.contracts.GroupAssigned;
import org.clinicops.contracts.PatientDischarged;
import org.clinicops.contracts.PatientEnrolled;
import org.clinicops.contracts.Topics;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
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
 * <p>
 * A batch of records at a time: the people enrolled one after the other are booked together, with
 * their reads and writes shared, before a transfer or discharge that follows them, so each person's
 * events are still acted on in order. A run that fails is booked again a person at a time, so that
 * the error handler is named the record that fails (it commits those before it, retries from it and
 * parks that one alone), not the first of the run. Each person's bookings are stored in the trace
 * of their own record, as a listener of single records would.
 */
@Component
class PlacementBookingListener {

	private final PlacementBooking booking;

	PlacementBookingListener(PlacementBooking booking) {
		this.booking = booking;
	}

	@KafkaListener(topics = Topics.SCHEDULING_ENROLLMENTS, groupId = "scheduling-calendar",
			concurrency = "${clinic.kafka.partitions}", batch = "true")
	void on(List<ConsumerRecord<String, String>> records) {
		List<Enrolled> enrolled = new ArrayList<>();
		for (int index = 0; index < records.size(); index++) {
			Optional<ClinicEvent> event;
			try {
				event = InboundEvent.read(records.get(index)).map(InboundEvent::payload);
			}
			catch (RuntimeException ex) {
				book(enrolled);
				throw new BatchListenerFailedException(ex.getMessage(), ex, index);
			}
			if (event.isEmpty()) {
				continue;
			}
			if (event.get() instanceof PatientEnrolled placed) {
				enrolled.add(new Enrolled(index, new PlacementBooking.Placed(placed.enrollmentId(),
						TraceParent.of(records.get(index)))));
				continue;
			}
			// At placement the bookings were made around this group's meetings already.
			boolean transferred = event.get() instanceof GroupAssigned assigned && assigned.previousGroupId() != null;
			if (transferred || event.get() instanceof PatientDischarged) {
				book(enrolled);
				enrolled.clear();
				act(event.get(), records.get(index), index);
			}
		}
		book(enrolled);
	}

	private void book(List<Enrolled> enrolled) {
		if (enrolled.isEmpty()) {
			return;
		}
		try {
			this.booking.bookFor(enrolled.stream().map(Enrolled::placed).toList());
		}
		catch (RuntimeException ex) {
			for (Enrolled each : enrolled) {
				try {
					this.booking.bookFor(List.of(each.placed()));
				}
				catch (RuntimeException failure) {
					throw new BatchListenerFailedException(failure.getMessage(), failure, each.index());
				}
			}
		}
	}

	private void act(ClinicEvent event, ConsumerRecord<String, String> record, int index) {
		try (Scope publishedIn = TraceParent.of(record).makeCurrent()) {
			if (event instanceof GroupAssigned assigned) {
				this.booking.rebookClashes(assigned.enrollmentId());
			}
			else if (event instanceof PatientDischarged discharged) {
				this.booking.cancelAfterDischarge(discharged.enrollmentId());
			}
		}
		catch (RuntimeException ex) {
			throw new BatchListenerFailedException(ex.getMessage(), ex, index);
		}
	}

	/** A person's enrollment event, by its place in the batch. */
	private record Enrolled(int index, PlacementBooking.Placed placed) {
	}

}

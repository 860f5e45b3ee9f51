package org.clinicops.scheduling.calendar;

import java.time.Instant;
import java.time.LocalDateTime;

import org.clinicops.common.ids.DerivedIds;
import org.clinicops.common.outbox.OutboxAggregate;
import org.clinicops.common.web.StateConflictException;
import org.clinicops.contracts.AppointmentBooked;
import org.clinicops.contracts.AppointmentCancelled;
import org.clinicops.contracts.AppointmentKind;
import org.clinicops.contracts.CancellationReason;
import org.clinicops.contracts.EventTypes;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An appointment of one person with one clinician. Its id is derived from the person, the kind and
 * the start, so a booking re-run after a crash lands on the same record; a cancelled one stays as
 * history and a new booking at the same time is a new record.
 */
@Document("appointments")
public class Appointment extends OutboxAggregate {

	/** Whether an appointment still holds its slots. */
	public enum Status {

		BOOKED, CANCELLED

	}

	@Id
	private String id;

	@Version
	private Long version;

	private String enrollmentId;

	private String evaluationId;

	private String initials;

	private AppointmentKind kind;

	private String clinicianId;

	private String clinicianName;

	private LocalDateTime start;

	private int minutes;

	private Status status;

	private Instant bookedAt;

	private String bookedBy;

	private CancellationReason cancellationReason;

	private Instant cancelledAt;

	private String cancelledBy;

	private String correlationId;

	protected Appointment() {
	}

	static String idFor(String enrollmentId, AppointmentKind kind, LocalDateTime start, int attempt) {
		return DerivedIds.of("appointment", enrollmentId, kind, start, attempt);
	}

	/** The id of the appointment of this kind that a person's plan needs in the n-th week of their stay. */
	static String plannedIdFor(String enrollmentId, AppointmentKind kind, int week) {
		return DerivedIds.of("appointment", enrollmentId, kind, "week", week);
	}

	/** The id of the appointment that replaces one moved off a new group's meeting. */
	static String rebookedIdFor(String appointmentId) {
		return DerivedIds.of("appointment", "rebooked", appointmentId);
	}

	static Appointment book(String id, Person person, AppointmentKind kind, Clinician clinician, LocalDateTime start,
			int minutes, String bookedBy, Instant now) {
		Appointment appointment = new Appointment();
		appointment.id = id;
		appointment.enrollmentId = person.enrollmentId();
		appointment.evaluationId = person.evaluationId();
		appointment.initials = person.initials();
		appointment.kind = kind;
		appointment.clinicianId = clinician.id();
		appointment.clinicianName = clinician.name();
		appointment.start = start;
		appointment.minutes = minutes;
		appointment.status = Status.BOOKED;
		appointment.bookedAt = now;
		appointment.bookedBy = bookedBy;
		appointment.correlationId = person.correlationId();
		appointment.register(EventTypes.APPOINTMENT_BOOKED, new AppointmentBooked(person.evaluationId(),
				person.enrollmentId(), id, kind, clinician.id(), start, minutes, now), person.correlationId());
		return appointment;
	}

	void cancel(CancellationReason reason, String cancelledBy, Instant now) {
		if (this.status != Status.BOOKED) {
			throw new StateConflictException("The appointment is " + this.status + "; only a BOOKED one can be cancelled.");
		}
		this.status = Status.CANCELLED;
		this.cancellationReason = reason;
		this.cancelledBy = cancelledBy;
		this.cancelledAt = now;
		register(EventTypes.APPOINTMENT_CANCELLED, new AppointmentCancelled(this.evaluationId, this.enrollmentId, this.id,
				this.kind, this.clinicianId, this.start, reason, now), this.correlationId);
	}

	public String id() {
		return this.id;
	}

	public String enrollmentId() {
		return this.enrollmentId;
	}

	public String initials() {
		return this.initials;
	}

	public AppointmentKind kind() {
		return this.kind;
	}

	public String clinicianId() {
		return this.clinicianId;
	}

	public String clinicianName() {
		return this.clinicianName;
	}

	public LocalDateTime start() {
		return this.start;
	}

	public int minutes() {
		return this.minutes;
	}

	public Status status() {
		return this.status;
	}

	public CancellationReason cancellationReason() {
		return this.cancellationReason;
	}

	public Instant cancelledAt() {
		return this.cancelledAt;
	}

	public String cancelledBy() {
		return this.cancelledBy;
	}

	public String bookedBy() {
		return this.bookedBy;
	}

}

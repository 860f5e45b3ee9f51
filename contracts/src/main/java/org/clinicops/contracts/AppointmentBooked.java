package org.clinicops.contracts;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * An appointment took a slot on a clinician's calendar and on the person's. {@code start} is the
 * local date and time in the clinic's zone, as the calendars show it.
 */
public record AppointmentBooked(String evaluationId, String enrollmentId, String appointmentId, AppointmentKind kind,
		String clinicianId, LocalDateTime start, int minutes, Instant bookedAt) implements ClinicEvent {
}

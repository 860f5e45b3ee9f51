package org.clinicops.contracts;

import java.time.Instant;
import java.time.LocalDateTime;

/** An appointment was cancelled and its slots freed; the history keeps it. */
public record AppointmentCancelled(String evaluationId, String enrollmentId, String appointmentId,
		AppointmentKind kind, String clinicianId, LocalDateTime start, CancellationReason reason, Instant cancelledAt)
		implements ClinicEvent {
}

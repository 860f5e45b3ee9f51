package org.clinicops.contracts;

import java.time.Instant;

/**
 * No free time could be found for an appointment a person's plan needs in an ISO week (such as
 * {@code 2026-W50}): the schedulers book it by hand, rather than the plan having a silent gap.
 */
public record AppointmentUnplaceable(String evaluationId, String enrollmentId, String initials, AppointmentKind kind,
		String week, Instant raisedAt) implements ClinicEvent {
}

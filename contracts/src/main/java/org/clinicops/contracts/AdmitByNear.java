package org.clinicops.contracts;

import java.time.Instant;
import java.time.LocalDate;

/** A waitlisted person's admit-by deadline is near and no seat has been found yet. */
public record AdmitByNear(String evaluationId, String enrollmentId, String initials, boolean priorityPopulation,
		LocalDate admitBy, Instant warnedAt) implements ClinicEvent {
}

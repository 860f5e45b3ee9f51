package org.clinicops.contracts;

import java.time.Instant;
import java.time.LocalDate;

/** An enrollment with a group seat. The therapist is absent when none had room. */
public record PatientEnrolled(String evaluationId, String enrollmentId, String initials, Track track,
		Focus primaryFocus, Cohort cohort, String therapistId, String therapistName, LocalDate startDate,
		Instant enrolledAt) implements ClinicEvent {
}

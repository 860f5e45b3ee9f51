package org.clinicops.contracts;

import java.time.Instant;
import java.time.LocalDate;

public record PatientWaitlisted(String evaluationId, String enrollmentId, String initials, Focus primaryFocus,
		Cohort cohort, Track track, boolean priorityPopulation, LocalDate admitBy,
		Instant waitlistedAt) implements ClinicEvent {
}

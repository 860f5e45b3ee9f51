package org.clinicops.contracts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An evaluation accepted into the IOP. Carries only the routing facts scheduling needs; the
 * priority-population flags (pregnancy, injection drug use) order the waitlist.
 */
public record EvaluationAccepted(String evaluationId, String initials, Focus primaryFocus, Cohort cohort,
		boolean continuingWorkOrSchool, boolean adolescent, boolean pregnant, boolean injectionDrugUse,
		boolean needsMedicationManagement, LocalDate startDate, Instant acceptedAt) implements ClinicEvent {
}

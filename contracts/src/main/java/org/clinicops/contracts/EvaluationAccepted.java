package org.clinicops.contracts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * An evaluation accepted into the IOP. Carries only the routing facts scheduling needs; the
 * priority-population flags (pregnancy, injection drug use) order the waitlist; the care needs
 * (medication management, psychiatric care) decide the prescriber appointments.
 */
public record EvaluationAccepted(String evaluationId, String initials, Focus primaryFocus, Cohort cohort,
		boolean continuingWorkOrSchool, boolean adolescent, boolean pregnant, boolean injectionDrugUse,
		boolean needsMedicationManagement, boolean needsPsychiatricCare, LocalDate startDate, Instant acceptedAt)
		implements ClinicEvent {

	/** An acceptance as published before it carried psychiatric care (read as not needed). */
	public EvaluationAccepted(String evaluationId, String initials, Focus primaryFocus, Cohort cohort,
			boolean continuingWorkOrSchool, boolean adolescent, boolean pregnant, boolean injectionDrugUse,
			boolean needsMedicationManagement, LocalDate startDate, Instant acceptedAt) {
		this(evaluationId, initials, primaryFocus, cohort, continuingWorkOrSchool, adolescent, pregnant,
				injectionDrugUse, needsMedicationManagement, false, startDate, acceptedAt);
	}

}

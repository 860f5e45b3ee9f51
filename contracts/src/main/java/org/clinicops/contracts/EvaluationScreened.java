package org.clinicops.contracts;

import java.time.Instant;

/** A clinician screened (or corrected the screening of) a request; the decision comes later. */
public record EvaluationScreened(String evaluationId, String initials, LevelOfCare recommendedLevelOfCare,
		Instant screenedAt) implements ClinicEvent {
}

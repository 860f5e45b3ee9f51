package org.clinicops.contracts;

import java.time.Instant;

public record EvaluationReferred(String evaluationId, String initials, LevelOfCare levelOfCare,
		Instant referredAt) implements ClinicEvent {
}

package org.clinicops.common.events;

import java.time.Instant;

public record EvaluationReferred(String evaluationId, String initials, LevelOfCare levelOfCare,
		Instant referredAt) implements ClinicEvent {
}

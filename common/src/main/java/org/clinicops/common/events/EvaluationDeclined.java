package org.clinicops.common.events;

import java.time.Instant;

public record EvaluationDeclined(String evaluationId, String initials, Instant declinedAt) implements ClinicEvent {
}

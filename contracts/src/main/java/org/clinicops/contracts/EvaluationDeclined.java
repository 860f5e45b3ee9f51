package org.clinicops.contracts;

import java.time.Instant;

public record EvaluationDeclined(String evaluationId, String initials, Instant declinedAt) implements ClinicEvent {
}

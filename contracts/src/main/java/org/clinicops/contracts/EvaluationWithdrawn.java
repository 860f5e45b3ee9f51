package org.clinicops.contracts;

import java.time.Instant;

/** The person withdrew their request before a decision. */
public record EvaluationWithdrawn(String evaluationId, String initials, Instant withdrawnAt) implements ClinicEvent {
}

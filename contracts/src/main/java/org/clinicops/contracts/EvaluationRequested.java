package org.clinicops.contracts;

import java.time.Instant;
import java.util.List;

public record EvaluationRequested(String evaluationId, String initials, List<Focus> concerns,
		ReferralSource source, Instant receivedAt) implements ClinicEvent {
}

package org.clinicops.contracts;

import java.time.Instant;

/** A screening found a danger to self or others: staff act at once, before any decision. */
public record RiskFlagRaised(String evaluationId, String initials, Instant raisedAt) implements ClinicEvent {
}

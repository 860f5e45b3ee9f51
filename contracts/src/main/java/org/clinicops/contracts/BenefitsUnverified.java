package org.clinicops.contracts;

import java.time.Instant;

/** An insured person was accepted two days ago and nobody has verified their benefits: the coordinators are told, once. */
public record BenefitsUnverified(String evaluationId, String initials, Instant acceptedAt, Instant raisedAt)
		implements ClinicEvent {
}

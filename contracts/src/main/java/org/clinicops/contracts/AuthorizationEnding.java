package org.clinicops.contracts;

import java.time.Instant;
import java.time.LocalDate;

/** An authorization ends in three days or fewer: the coordinators ask the payer to extend it, once per authorization. */
public record AuthorizationEnding(String evaluationId, String initials, String authorizationId, LocalDate to,
		int unitsLeft, Instant raisedAt) implements ClinicEvent {
}

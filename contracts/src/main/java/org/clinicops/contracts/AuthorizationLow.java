package org.clinicops.contracts;

import java.time.Instant;
import java.time.LocalDate;

/** Two units or fewer are left of an authorization: the coordinators ask the payer for more, once per authorization. */
public record AuthorizationLow(String evaluationId, String initials, String authorizationId, int units, int unitsLeft,
		LocalDate to, Instant raisedAt) implements ClinicEvent {
}

package org.clinicops.contracts;

import java.time.Instant;

/**
 * An intake coordinator verified a person's benefits with their payer. Flags only: the payer, the
 * member id and the amounts stay in intake.
 */
public record BenefitsVerified(String evaluationId, boolean coverageActive, boolean iopCovered,
		boolean authorizationRequired, Instant verifiedAt) implements ClinicEvent {
}

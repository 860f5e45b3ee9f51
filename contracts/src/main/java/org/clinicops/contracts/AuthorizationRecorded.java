package org.clinicops.contracts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A payer's authorization of service days was recorded. Its number stays in intake; the event names
 * it by intake's id.
 */
public record AuthorizationRecorded(String evaluationId, String authorizationId, LevelOfCare levelOfCare, int units,
		LocalDate from, LocalDate to, LocalDate nextReviewDate, Instant recordedAt) implements ClinicEvent {
}

package org.clinicops.contracts;

import java.time.Instant;
import java.time.LocalDate;

/** An authorization's utilization-review date is reached: the coordinators send the payer the review, once. */
public record AuthorizationReviewDue(String evaluationId, String initials, String authorizationId,
		LocalDate nextReviewDate, Instant raisedAt) implements ClinicEvent {
}

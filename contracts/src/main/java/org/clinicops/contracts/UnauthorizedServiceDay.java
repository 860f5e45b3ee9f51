package org.clinicops.contracts;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A person attended care on a day no authorization covers (none, or its units used up) while their
 * payer requires one: lost revenue and a possible bill for the person, so the coordinators and the
 * program director are told at once, once per day.
 */
public record UnauthorizedServiceDay(String evaluationId, String initials, LocalDate serviceDate, Instant raisedAt)
		implements ClinicEvent {
}

package org.clinicops.contracts;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A closed ISO week in which a person attended fewer clinical hours than the minimum, or the
 * maximum or more. Goes to the primary therapist (named) and the program director.
 */
public record WeekHoursOutOfRange(String evaluationId, String enrollmentId, String initials, String week,
		BigDecimal attendedHours, BigDecimal minimumHours, BigDecimal maximumHours, boolean underMinimum,
		String therapistName, Instant closedAt) implements ClinicEvent {
}

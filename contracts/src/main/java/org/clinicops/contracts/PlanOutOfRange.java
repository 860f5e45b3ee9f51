package org.clinicops.contracts;

import java.math.BigDecimal;
import java.time.Instant;

/** A weekly plan's hours lie outside the IOP range (at least 9, or 6 for adolescents, and under 20). */
public record PlanOutOfRange(String evaluationId, String enrollmentId, String initials, String week,
		BigDecimal totalHours, BigDecimal minimumHours, BigDecimal maximumHours, Instant foundAt) implements ClinicEvent {
}

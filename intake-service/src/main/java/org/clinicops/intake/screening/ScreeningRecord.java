package org.clinicops.intake.screening;

import java.time.Instant;

/** One screening with its recommendation, who made it and when; corrections add another. */
public record ScreeningRecord(Screening screening, Recommendation recommendation, String screenedBy,
		Instant screenedAt) {
}

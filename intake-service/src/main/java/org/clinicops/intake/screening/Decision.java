package org.clinicops.intake.screening;

import java.time.Instant;
import java.time.LocalDate;

import org.clinicops.contracts.LevelOfCare;

/** A clinician's decision, kept beside the recommendation it follows or departs from. */
public record Decision(DecisionOutcome outcome, LevelOfCare levelOfCare, String reason, LocalDate startDate,
		boolean againstRecommendation, String decidedBy, Instant decidedAt) {
}

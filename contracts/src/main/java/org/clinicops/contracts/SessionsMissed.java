package org.clinicops.contracts;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A person missed two sessions in a row (any kinds), an early sign of relapse: their primary
 * therapist (named) and the intake coordinators are told, once per streak.
 */
public record SessionsMissed(String evaluationId, String enrollmentId, String initials, String firstMissedSessionId,
		LocalDateTime firstMissedAt, LocalDateTime lastMissedAt, String therapistName, Instant raisedAt)
		implements ClinicEvent {
}

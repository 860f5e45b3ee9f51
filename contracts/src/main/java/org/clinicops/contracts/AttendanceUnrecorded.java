package org.clinicops.contracts;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * Nothing was recorded of a group meeting two hours after it ended: its facilitator is reminded.
 * Keyed, like {@link GroupFull}, by the evaluation of one person of the meeting (the first on its
 * sign-in sheet), so that it travels as the platform's events do.
 */
public record AttendanceUnrecorded(String evaluationId, String groupId, String sessionId, LocalDateTime sessionStart,
		int expected, String facilitator, Instant raisedAt) implements ClinicEvent {
}

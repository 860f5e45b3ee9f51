package org.clinicops.contracts;

import java.time.Instant;
import java.time.LocalDateTime;

/**
 * A person's attendance of one session, as taken or corrected: a correction is a new record of the
 * same session and person that supersedes the earlier one. Dates, kinds, minutes and codes only.
 */
public record AttendanceRecorded(String evaluationId, String enrollmentId, String sessionId,
		ClinicalSessionKind sessionKind, LocalDateTime sessionStart, int sessionMinutes, AttendanceStatus status,
		int minutesAttended, AttendanceMode mode, ExcuseReason excuseReason, boolean correction, Instant recordedAt)
		implements ClinicEvent {
}

package org.clinicops.intake.coverage;

import java.time.Instant;
import java.time.LocalDate;

/** The latest attendance intake knows of one session of one person: its date, whether it was attended, when recorded. */
public record AttendanceMark(String sessionId, LocalDate date, boolean attended, Instant recordedAt) {
}

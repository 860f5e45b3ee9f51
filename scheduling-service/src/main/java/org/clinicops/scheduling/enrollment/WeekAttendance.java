package org.clinicops.scheduling.enrollment;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import org.clinicops.contracts.AttendanceStatus;

/**
 * What a person attended in an ISO week: the clinical hours and each session's latest record.
 * Attendance provides them; the enrollment's page and the census only read them, so that neither
 * depends on attendance.
 */
public interface WeekAttendance {

	/** One session of the week as its latest record has it. */
	record Attended(LocalDateTime start, String sessionId, AttendanceStatus status) {
	}

	BigDecimal attendedHours(String enrollmentId, String isoWeek);

	List<Attended> sessions(String enrollmentId, String isoWeek);

}

package org.clinicops.scheduling.enrollment;

import java.math.BigDecimal;

/**
 * The clinical hours a person attended in an ISO week. Attendance provides them; the enrollment's
 * page only reads them, so that enrollment does not depend on attendance.
 */
public interface AttendedHoursOfWeek {

	BigDecimal attendedHours(String enrollmentId, String isoWeek);

}

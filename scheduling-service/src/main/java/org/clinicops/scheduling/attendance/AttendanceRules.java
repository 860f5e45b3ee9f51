package org.clinicops.scheduling.attendance;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.clinicops.common.web.FieldError;
import org.clinicops.contracts.AttendanceStatus;

/**
 * Whether attendance may be recorded as given, before anything is stored: only for a person
 * expected at the session, not for a session that has not started, not further back than the
 * limit; minutes for a late arrival or an early leave, within the session; a reason code for an
 * excused absence; and, for a person already recorded, why the record is corrected.
 */
final class AttendanceRules {

	/** One person's attendance as given, with what the session and the stored records say of it. */
	record Entry(int index, String enrollmentId, AttendanceStatus status, Integer minutesAttended, boolean reasonCode,
			String correctionReason, boolean expected, boolean recordedBefore) {
	}

	static List<FieldError> problems(ClinicSession session, LocalDateTime now, int maxDaysBack, List<Entry> entries) {
		List<FieldError> problems = new ArrayList<>();
		if (session.start().isAfter(now)) {
			problems.add(new FieldError("records", "are for a session that has not started yet"));
			return problems;
		}
		if (session.start().toLocalDate().isBefore(now.toLocalDate().minusDays(maxDaysBack))) {
			problems.add(new FieldError("records", "are for a session more than " + maxDaysBack + " days back"));
			return problems;
		}
		for (Entry entry : entries) {
			String field = "records[" + entry.index() + "]";
			if (!entry.expected()) {
				problems.add(new FieldError(field + ".enrollmentId", "is not expected at this session"));
				continue;
			}
			boolean partial = entry.status() == AttendanceStatus.LATE || entry.status() == AttendanceStatus.LEFT_EARLY;
			if (partial && (entry.minutesAttended() == null || entry.minutesAttended() < 1
					|| entry.minutesAttended() >= session.minutes())) {
				problems.add(new FieldError(field + ".minutesAttended",
						"must be 1 to " + (session.minutes() - 1) + " minutes for " + entry.status()));
			}
			if (!partial && entry.minutesAttended() != null && entry.minutesAttended() > session.minutes()) {
				problems.add(new FieldError(field + ".minutesAttended", "is longer than the session"));
			}
			if (entry.status() == AttendanceStatus.EXCUSED && !entry.reasonCode()) {
				problems.add(new FieldError(field + ".reasonCode", "is required for an excused absence"));
			}
			if (entry.recordedBefore() && (entry.correctionReason() == null || entry.correctionReason().isBlank())) {
				problems.add(new FieldError(field + ".correctionReason",
						"is required: this person's attendance is recorded already"));
			}
		}
		return problems;
	}

	/** The minutes a record counts: all of the session when present, none when absent. */
	static int minutesCounted(AttendanceStatus status, Integer given, int sessionMinutes) {
		return switch (status) {
			case PRESENT -> sessionMinutes;
			case LATE, LEFT_EARLY -> given;
			case EXCUSED, NO_SHOW -> 0;
		};
	}

	private AttendanceRules() {
	}

}

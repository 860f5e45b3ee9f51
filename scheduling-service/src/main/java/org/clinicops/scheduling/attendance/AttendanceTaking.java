package org.clinicops.scheduling.attendance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.clinicops.common.web.FieldError;
import org.clinicops.common.web.InvalidFieldException;
import org.clinicops.common.web.RecordNotFoundException;
import org.clinicops.contracts.AttendanceMode;
import org.clinicops.contracts.AttendanceStatus;
import org.clinicops.contracts.ExcuseReason;
import org.clinicops.scheduling.CareDeliveryMetrics;
import org.clinicops.scheduling.enrollment.Enrollment;
import org.clinicops.scheduling.enrollment.Enrollments;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Takes a session's attendance from its sign-in sheet: all of it or none. Every record is checked
 * before one is stored; each person's sheet is then stored with its event, under an id derived from
 * the session and the person, so a re-run after a crash completes the sheet rather than doubling it.
 */
@Service
class AttendanceTaking {

	/** One line of the sign-in sheet as staff give it. */
	record Given(String enrollmentId, AttendanceStatus status, Integer minutesAttended, AttendanceMode mode,
			ExcuseReason reasonCode, String correctionReason) {
	}

	private final ClinicSessions sessions;

	private final AttendanceSheets sheets;

	private final Enrollments enrollments;

	private final Clock clock;

	private final ZoneId clinicZone;

	private final int maxDaysBack;

	private final AttendedHours hours;

	private final AttendanceRuns runs;

	private final CareDeliveryMetrics metrics;

	AttendanceTaking(ClinicSessions sessions, AttendanceSheets sheets, Enrollments enrollments, AttendedHours hours,
			AttendanceRuns runs, CareDeliveryMetrics metrics, Clock clock,
			@Value("${clinic.scheduling.time-zone}") ZoneId clinicZone,
			@Value("${clinic.scheduling.attendance.max-days-back}") int maxDaysBack) {
		this.sessions = sessions;
		this.hours = hours;
		this.runs = runs;
		this.metrics = metrics;
		this.sheets = sheets;
		this.enrollments = enrollments;
		this.clock = clock;
		this.clinicZone = clinicZone;
		this.maxDaysBack = maxDaysBack;
	}

	List<ClinicSession> on(LocalDate date) {
		return this.sessions.on(date);
	}

	/** The current record of each person expected at the session, where one is taken. */
	Optional<AttendanceSheet.Entry> current(ClinicSession session, String enrollmentId) {
		return this.sheets.findById(AttendanceSheet.idFor(session.id(), enrollmentId)).flatMap(AttendanceSheet::current);
	}

	ClinicSession session(String sessionId) {
		return this.sessions.find(sessionId).orElseThrow(() -> new RecordNotFoundException("session", sessionId));
	}

	/**
	 * Adds the session to the person's run, which tells of a second missed session in a row. Two
	 * sheets of one person stored at once: the second is read again and added once more.
	 */
	private void follow(Enrollment enrollment, ClinicSession session, AttendanceStatus status) {
		for (int attempt = 0;; attempt++) {
			AttendanceRun run = this.runs.findById(enrollment.id())
				.orElseGet(() -> AttendanceRun.of(enrollment.id(), enrollment.evaluationId(), enrollment.initials()));
			run.record(session, status, enrollment.therapistName(), this.clock.instant());
			try {
				this.runs.save(run);
				return;
			}
			catch (OptimisticLockingFailureException | DuplicateKeyException ex) {
				if (attempt == 2) {
					throw ex;
				}
			}
		}
	}

	ClinicSession take(String sessionId, List<Given> records, String recordedBy) {
		ClinicSession session = session(sessionId);
		List<AttendanceRules.Entry> entries = new ArrayList<>();
		List<Optional<AttendanceSheet>> stored = new ArrayList<>();
		List<FieldError> duplicates = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < records.size(); i++) {
			Given given = records.get(i);
			if (!seen.add(given.enrollmentId())) {
				duplicates.add(new FieldError("records[" + i + "].enrollmentId", "is on the sheet twice"));
			}
			Optional<AttendanceSheet> sheet = this.sheets.findById(AttendanceSheet.idFor(sessionId, given.enrollmentId()));
			stored.add(sheet);
			entries.add(new AttendanceRules.Entry(i, given.enrollmentId(), given.status(), given.minutesAttended(),
					given.reasonCode() != null, given.correctionReason(), session.expects(given.enrollmentId()),
					sheet.flatMap(AttendanceSheet::current).isPresent()));
		}
		List<FieldError> problems = new ArrayList<>(duplicates);
		problems.addAll(AttendanceRules.problems(session, LocalDateTime.ofInstant(this.clock.instant(), this.clinicZone),
				this.maxDaysBack, entries));
		if (!problems.isEmpty()) {
			throw new InvalidFieldException(problems);
		}
		for (int i = 0; i < records.size(); i++) {
			Given given = records.get(i);
			Enrollment enrollment = this.enrollments.findById(given.enrollmentId())
				.orElseThrow(() -> new RecordNotFoundException("enrollment", given.enrollmentId()));
			AttendanceSheet sheet = stored.get(i)
				.orElseGet(() -> AttendanceSheet.open(session, given.enrollmentId(), enrollment.evaluationId()));
			sheet.record(new AttendanceSheet.Entry(given.status(),
					AttendanceRules.minutesCounted(given.status(), given.minutesAttended(), session.minutes()),
					(given.mode() != null) ? given.mode() : AttendanceMode.IN_PERSON, given.reasonCode(),
					(given.correctionReason() != null) ? given.correctionReason().strip() : null, recordedBy,
					this.clock.instant()));
			this.sheets.save(sheet);
			this.hours.count(given.enrollmentId(), session, sheet.current().orElseThrow().minutesAttended());
			follow(enrollment, session, given.status());
			this.metrics.attendanceRecorded(given.status(), session.kind());
		}
		return session;
	}

}

package org.clinicops.scheduling.attendance;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.clinicops.contracts.AttendanceUnrecorded;
import org.clinicops.contracts.ClinicalSessionKind;
import org.clinicops.scheduling.enrollment.Enrollments;
import org.clinicops.scheduling.groups.Groups;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Reminds a group's facilitator, once, of a meeting whose attendance nobody recorded two hours after
 * it ended: of today's meetings and yesterday's.
 */
@Component
public class UnrecordedAttendanceSweep {

	static final Duration GRACE = Duration.ofHours(2);

	private static final Logger log = LoggerFactory.getLogger(UnrecordedAttendanceSweep.class);

	private final ClinicSessions sessions;

	private final AttendanceSheets sheets;

	private final Enrollments enrollments;

	private final Groups groups;

	private final MongoTemplate mongo;

	private final Clock clock;

	private final ZoneId clinicZone;

	UnrecordedAttendanceSweep(ClinicSessions sessions, AttendanceSheets sheets, Enrollments enrollments, Groups groups,
			MongoTemplate mongo, Clock clock, @Value("${clinic.scheduling.time-zone}") ZoneId clinicZone) {
		this.sessions = sessions;
		this.sheets = sheets;
		this.enrollments = enrollments;
		this.groups = groups;
		this.mongo = mongo;
		this.clock = clock;
		this.clinicZone = clinicZone;
	}

	@Scheduled(fixedDelayString = "${clinic.scheduling.sweep-interval:60s}",
			initialDelayString = "${clinic.scheduling.sweep-interval:60s}")
	void sweep() {
		try {
			remind();
		}
		catch (RuntimeException ex) {
			log.warn("The unrecorded-attendance sweep will run again: {}", ex.getMessage());
		}
	}

	/** Reminds of every meeting of today and yesterday left unrecorded past the grace; returns how many. */
	public int remind() {
		LocalDateTime now = LocalDateTime.ofInstant(this.clock.instant(), this.clinicZone);
		int reminded = 0;
		for (LocalDate day = now.toLocalDate().minusDays(1); !day.isAfter(now.toLocalDate()); day = day.plusDays(1)) {
			for (ClinicSession session : this.sessions.on(day)) {
				if (session.kind() == ClinicalSessionKind.GROUP && !session.expected().isEmpty()
						&& !session.end().plus(GRACE).isAfter(now) && notRemindedYet(session) && nothingRecorded(session)
						&& remindOf(session)) {
					reminded++;
				}
			}
		}
		return reminded;
	}

	private boolean nothingRecorded(ClinicSession session) {
		return session.expected()
			.stream()
			.noneMatch(person -> this.sheets.existsById(AttendanceSheet.idFor(session.id(), person.enrollmentId())));
	}

	/** Asked first: a session reminded of is one lookup, not one per person expected at it. */
	private boolean notRemindedYet(ClinicSession session) {
		return this.mongo.findById(session.id(), AttendanceReminder.class) == null;
	}

	private boolean remindOf(ClinicSession session) {
		String firstOnTheSheet = this.enrollments.findById(session.expected().get(0).enrollmentId())
			.map(enrollment -> enrollment.evaluationId())
			.orElse(null);
		String facilitator = this.groups.findById(session.groupId()).map(group -> group.facilitator()).orElse(null);
		try {
			this.mongo.insert(AttendanceReminder.of(new AttendanceUnrecorded(firstOnTheSheet, session.groupId(),
					session.id(), session.start(), session.expected().size(), facilitator, this.clock.instant())));
			return true;
		}
		catch (DuplicateKeyException ex) {
			return false;
		}
	}

}

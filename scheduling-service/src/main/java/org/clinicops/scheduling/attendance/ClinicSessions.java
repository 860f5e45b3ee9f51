package org.clinicops.scheduling.attendance;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.clinicops.contracts.AppointmentKind;
import org.clinicops.contracts.ClinicalSessionKind;
import org.clinicops.scheduling.calendar.Appointment;
import org.clinicops.scheduling.calendar.AppointmentBook;
import org.clinicops.scheduling.groups.Group;
import org.clinicops.scheduling.groups.GroupService;
import org.clinicops.scheduling.groups.Groups;
import org.clinicops.scheduling.groups.Meeting;
import org.clinicops.scheduling.groups.OpenGroups;

import org.springframework.stereotype.Component;

/**
 * The sessions of a day: each open group's meetings that day, expecting its roster of that day,
 * and the appointments booked that day. Derived when asked, never copied.
 */
@Component
class ClinicSessions {

	private final Groups groups;

	private final OpenGroups open;

	private final GroupService rosters;

	private final AppointmentBook appointments;

	ClinicSessions(Groups groups, OpenGroups open, GroupService rosters, AppointmentBook appointments) {
		this.groups = groups;
		this.open = open;
		this.rosters = rosters;
		this.appointments = appointments;
	}

	List<ClinicSession> on(LocalDate date) {
		List<ClinicSession> sessions = new ArrayList<>();
		for (Group group : this.open.all()) {
			for (Meeting meeting : group.meetings()) {
				if (meeting.day() == date.getDayOfWeek()) {
					sessions.add(groupSession(group, meeting, date.atTime(meeting.start())));
				}
			}
		}
		for (Appointment appointment : this.appointments.bookedOn(date)) {
			sessions.add(appointmentSession(appointment));
		}
		sessions.sort(Comparator.comparing(ClinicSession::start).thenComparing(ClinicSession::id));
		return sessions;
	}

	/** The session an id names, if the group meets then or the appointment is booked. */
	Optional<ClinicSession> find(String sessionId) {
		Optional<ClinicSession.GroupMeetingRef> meeting = ClinicSession.groupMeetingOf(sessionId);
		if (meeting.isPresent()) {
			LocalDateTime start = meeting.get().start();
			return this.groups.findById(meeting.get().groupId())
				.flatMap(group -> group.meetings()
					.stream()
					.filter(candidate -> candidate.day() == start.getDayOfWeek()
							&& candidate.start().equals(start.toLocalTime()))
					.findFirst()
					.map(found -> groupSession(group, found, start)));
		}
		if (sessionId.startsWith("A-")) {
			return this.appointments.booked(sessionId.substring(2)).map(ClinicSessions::appointmentSession);
		}
		return Optional.empty();
	}

	private ClinicSession groupSession(Group group, Meeting meeting, LocalDateTime start) {
		List<ClinicSession.Expected> expected = this.rosters.roster(group, start.toLocalDate())
			.stream()
			.map(member -> new ClinicSession.Expected(member.enrollmentId(), member.initials()))
			.toList();
		return new ClinicSession(ClinicSession.groupSessionId(group.id(), start), ClinicalSessionKind.GROUP, group.id(),
				null, start, meeting.minutes(), expected);
	}

	private static ClinicSession appointmentSession(Appointment appointment) {
		return new ClinicSession(ClinicSession.appointmentSessionId(appointment.id()), kindOf(appointment.kind()), null,
				appointment.id(), appointment.start(), appointment.minutes(),
				List.of(new ClinicSession.Expected(appointment.enrollmentId(), appointment.initials())));
	}

	private static ClinicalSessionKind kindOf(AppointmentKind kind) {
		return ClinicalSessionKind.valueOf(kind.name());
	}

}

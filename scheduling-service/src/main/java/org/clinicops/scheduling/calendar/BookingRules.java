package org.clinicops.scheduling.calendar;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.clinicops.common.web.FieldError;
import org.clinicops.scheduling.clinicians.WorkingHours;
import org.clinicops.scheduling.groups.Meeting;

/**
 * Whether an appointment may be booked at a time, before any calendar is asked: on a quarter hour,
 * a quarter hour to three hours long, not in the past, inside the clinician's working hours, and
 * not during one of the person's group meetings.
 */
final class BookingRules {

	static final int MAX_MINUTES = 180;

	/** What the booking asks for and what it must fit. */
	record Booking(LocalDateTime start, int minutes, LocalDateTime now, WorkingHours clinicianHours,
			List<Meeting> groupMeetings) {
	}

	static List<FieldError> problems(Booking booking) {
		List<FieldError> problems = new ArrayList<>();
		if (booking.minutes() < CalendarSlots.SLOT_MINUTES || booking.minutes() > MAX_MINUTES
				|| booking.minutes() % CalendarSlots.SLOT_MINUTES != 0) {
			problems.add(new FieldError("minutes", "must be 15 to 180 minutes in quarter hours"));
		}
		LocalDateTime start = booking.start();
		if (start.getMinute() % CalendarSlots.SLOT_MINUTES != 0 || start.getSecond() != 0 || start.getNano() != 0) {
			problems.add(new FieldError("start", "must be on a quarter hour"));
		}
		if (start.isBefore(booking.now())) {
			problems.add(new FieldError("start", "is in the past"));
		}
		if (problems.isEmpty() && !booking.clinicianHours().covers(start, booking.minutes())) {
			problems.add(new FieldError("start", "is outside the clinician's working hours"));
		}
		if (problems.isEmpty() && clashesWithGroup(booking)) {
			problems.add(new FieldError("start", "clashes with one of the person's group meetings"));
		}
		return problems;
	}

	private static boolean clashesWithGroup(Booking booking) {
		return clashes(booking.start(), booking.minutes(), booking.groupMeetings());
	}

	/** Whether a time overlaps one of the group's meetings that day. */
	static boolean clashes(LocalDateTime start, int minutes, List<Meeting> groupMeetings) {
		LocalDateTime end = start.plusMinutes(minutes);
		for (Meeting meeting : groupMeetings) {
			if (meeting.day() != start.getDayOfWeek()) {
				continue;
			}
			LocalDateTime meetingStart = start.toLocalDate().atTime(meeting.start());
			LocalDateTime meetingEnd = meetingStart.plusMinutes(meeting.minutes());
			if (start.isBefore(meetingEnd) && meetingStart.isBefore(end)) {
				return true;
			}
		}
		return false;
	}

	private BookingRules() {
	}

}

package org.clinicops.scheduling.calendar;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import org.clinicops.scheduling.plans.WeeklyPlanner;

/**
 * Calendars count time in quarter hours. An appointment takes the quarter hours from its start to
 * its end, on the calendar week of its owner (a clinician, or the person) that holds its start.
 */
final class CalendarSlots {

	static final int SLOT_MINUTES = 15;

	/** The quarter hours an appointment takes, as keys such as {@code 2026-12-08T17:15}. */
	static List<String> of(LocalDateTime start, int minutes) {
		List<String> slots = new ArrayList<>();
		for (int offset = 0; offset < minutes; offset += SLOT_MINUTES) {
			slots.add(start.plusMinutes(offset).toString());
		}
		return slots;
	}

	/** The id of an owner's calendar week, such as {@code clinician:therapist-ana|2026-W50}. */
	static String weekOf(String owner, LocalDateTime start) {
		return owner + "|" + isoWeek(start);
	}

	static String isoWeek(LocalDateTime time) {
		return WeeklyPlanner.isoWeekOf(time.toLocalDate());
	}

	static String clinician(String clinicianId) {
		return "clinician:" + clinicianId;
	}

	static String person(String enrollmentId) {
		return "person:" + enrollmentId;
	}

	private CalendarSlots() {
	}

}

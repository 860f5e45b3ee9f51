package org.clinicops.scheduling.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.clinicops.scheduling.clinicians.WorkingHours;
import org.clinicops.scheduling.groups.Meeting;
import org.clinicops.scheduling.groups.TrackHours;

/**
 * Where an appointment the plan needs may go in a stretch of days: on weekdays, inside the track's
 * hours, at the quarter hours the booking rules allow (the clinician's working hours, no group
 * meeting of the person, not in the past), earliest first. The calendars then decide which of
 * them is still free.
 */
final class SlotSearch {

	/** What the appointment needs: the days to look in, its length, and the hours it must fit. */
	record Need(LocalDate from, LocalDate to, int minutes, TrackHours.Window trackHours, WorkingHours clinicianHours,
			List<Meeting> groupMeetings, LocalDateTime notBefore) {
	}

	static List<LocalDateTime> candidates(Need need) {
		List<LocalDateTime> candidates = new ArrayList<>();
		for (LocalDate day = need.from(); !day.isAfter(need.to()); day = day.plusDays(1)) {
			if (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
				continue;
			}
			for (LocalTime time = need.trackHours().start(); need.trackHours().contains(time, need.minutes());
					time = time.plusMinutes(CalendarSlots.SLOT_MINUTES)) {
				LocalDateTime start = day.atTime(time);
				if (BookingRules.problems(new BookingRules.Booking(start, need.minutes(), need.notBefore(),
						need.clinicianHours(), need.groupMeetings())).isEmpty()) {
					candidates.add(start);
				}
			}
		}
		return candidates;
	}

	private SlotSearch() {
	}

}

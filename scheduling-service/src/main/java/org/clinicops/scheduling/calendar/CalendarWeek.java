package org.clinicops.scheduling.calendar;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One owner's week (a clinician's or a person's): the quarter hours taken and the appointments
 * that took them. Quarter hours are only taken by one conditional update that matches none of
 * them taken, so two bookings racing for a slot, on any number of instances, cannot both win.
 */
@Document("calendar_weeks")
record CalendarWeek(@Id String id, List<String> busy, List<String> appointments) {

	/** The week as it is once the appointment took these quarter hours. */
	CalendarWeek taking(List<String> slots, String appointmentId) {
		List<String> nowBusy = new ArrayList<>(this.busy);
		nowBusy.addAll(slots);
		List<String> nowHeld = new ArrayList<>(this.appointments);
		if (!nowHeld.contains(appointmentId)) {
			nowHeld.add(appointmentId);
		}
		return new CalendarWeek(this.id, nowBusy, nowHeld);
	}

}

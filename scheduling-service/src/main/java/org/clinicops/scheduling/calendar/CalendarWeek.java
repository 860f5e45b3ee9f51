package org.clinicops.scheduling.calendar;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One owner's week (a clinician's or a person's): each quarter hour taken, with the appointment
 * that took it, and every appointment the week ever held. Quarter hours are only taken by one
 * conditional update that finds none of them taken, so two bookings racing for a slot, on any
 * number of instances, cannot both win. Kept as a map, a quarter hour is found by its key: as a
 * list, each booking compared its quarter hours with every one taken, which grew as the week filled.
 */
@Document(CalendarWeek.COLLECTION)
record CalendarWeek(@Id String id, Map<String, String> taken, List<String> appointments) {

	static final String COLLECTION = "calendar_week_slots";

	/** Holds a quarter hour taken before weeks named who took each one, by no booked appointment known. */
	static final String UNRECORDED = "unrecorded";

	CalendarWeek {
		taken = (taken == null) ? Map.of() : taken;
		appointments = (appointments == null) ? List.of() : appointments;
	}

	/** The week as it is once the appointment took these quarter hours. */
	CalendarWeek taking(List<String> slots, String appointmentId) {
		Map<String, String> nowTaken = new HashMap<>(this.taken);
		slots.forEach(slot -> nowTaken.put(slot, appointmentId));
		List<String> nowHeld = new ArrayList<>(this.appointments);
		if (!nowHeld.contains(appointmentId)) {
			nowHeld.add(appointmentId);
		}
		return new CalendarWeek(this.id, nowTaken, nowHeld);
	}

	boolean anyTaken(List<String> slots) {
		return slots.stream().anyMatch(this.taken::containsKey);
	}

	/** Whether every one of these quarter hours is taken by this appointment. */
	boolean heldBy(List<String> slots, String appointmentId) {
		return slots.stream().allMatch(slot -> appointmentId.equals(this.taken.get(slot)));
	}

}

package org.clinicops.scheduling.calendar;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * The calendars as last read, for a run of bookings: the weeks and the appointment ids the run is
 * known to need are read up front by id, one query for each kind; any other when first asked for;
 * a week a booking of the run changed is read again when next asked for. What it shows only spares
 * conditional updates bound to fail and a read per booking; the updates have the last word.
 */
final class CalendarRead {

	private final MongoTemplate mongo;

	private final Map<String, Optional<CalendarWeek>> weeks = new HashMap<>();

	private final Map<String, Optional<Appointment>> appointments = new HashMap<>();

	CalendarRead(MongoTemplate mongo, Collection<String> weekIds, Collection<String> appointmentIds) {
		this.mongo = mongo;
		weekIds.forEach(id -> this.weeks.put(id, Optional.empty()));
		weeksWithIds(mongo, weekIds).forEach(week -> this.weeks.put(week.id(), Optional.of(week)));
		appointmentIds.forEach(id -> this.appointments.put(id, Optional.empty()));
		if (!appointmentIds.isEmpty()) {
			mongo.find(Query.query(Criteria.where("_id").in(appointmentIds)), Appointment.class)
				.forEach(appointment -> this.appointments.put(appointment.id(), Optional.of(appointment)));
		}
	}

	/** The stored weeks among these ids, in one query. */
	static List<CalendarWeek> weeksWithIds(MongoTemplate mongo, Collection<String> weekIds) {
		if (weekIds.isEmpty()) {
			return List.of();
		}
		return mongo.find(Query.query(Criteria.where("_id").in(weekIds)), CalendarWeek.class);
	}

	private Optional<CalendarWeek> week(String weekId) {
		return this.weeks.computeIfAbsent(weekId, id -> Optional.ofNullable(this.mongo.findById(id, CalendarWeek.class)));
	}

	Optional<Appointment> appointment(String appointmentId) {
		return this.appointments.computeIfAbsent(appointmentId,
				id -> Optional.ofNullable(this.mongo.findById(id, Appointment.class)));
	}

	/**
	 * Whether the week, as last read, has any of these quarter hours taken by another appointment: a
	 * week that already holds this appointment has its time taken by it.
	 */
	boolean takenByAnother(String weekId, String appointmentId, List<String> slots) {
		Optional<CalendarWeek> week = week(weekId);
		if (week.isEmpty() || week.get().appointments().contains(appointmentId)) {
			return false;
		}
		return week.get().anyTaken(slots);
	}

	/** The run took these quarter hours for the appointment: later bookings of the run see them taken without a read. */
	void took(String weekId, List<String> slots, String appointmentId) {
		this.weeks.computeIfPresent(weekId, (id, read) -> Optional.of(read.orElseGet(() -> new CalendarWeek(id, Map.of(), List.of()))
			.taking(slots, appointmentId)));
	}

	/** Bookings of the run were refused on these weeks: they are read again now, in one query. */
	void readAgain(Collection<String> weekIds) {
		Set<String> ids = new HashSet<>(weekIds);
		ids.forEach(id -> this.weeks.put(id, Optional.empty()));
		weeksWithIds(this.mongo, ids).forEach(week -> this.weeks.put(week.id(), Optional.of(week)));
	}

	/** A booking of the run may have changed the week in a way not known here: read it again when next asked for. */
	void changed(String weekId) {
		this.weeks.remove(weekId);
	}

}

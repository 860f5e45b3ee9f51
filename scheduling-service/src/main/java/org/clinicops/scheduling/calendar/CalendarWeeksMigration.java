package org.clinicops.scheduling.calendar;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.bson.Document;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * Moves the weeks kept before each quarter hour named its appointment (a list of taken quarter
 * hours per week, in {@value #LISTED}) into {@link CalendarWeek}s, once, before the listeners and
 * the API start: each taken quarter hour is given to the booked appointment of the week that
 * covers it, and one no booked appointment covers stays taken ({@link CalendarWeek#UNRECORDED}),
 * as it was. A week moved already (by another instance, or before a crash) is left as it is.
 */
@Component
class CalendarWeeksMigration implements SmartInitializingSingleton {

	static final String LISTED = "calendar_weeks";

	private final MongoTemplate mongo;

	CalendarWeeksMigration(MongoTemplate mongo) {
		this.mongo = mongo;
	}

	@Override
	public void afterSingletonsInstantiated() {
		try (Stream<Document> weeks = this.mongo.stream(new Query(), Document.class, LISTED)) {
			weeks.forEach(this::move);
		}
	}

	private void move(Document listed) {
		List<String> busy = listed.getList("busy", String.class, List.of());
		List<String> appointmentIds = listed.getList("appointments", String.class, List.of());
		Map<String, String> taken = new HashMap<>();
		busy.forEach(slot -> taken.put(slot, CalendarWeek.UNRECORDED));
		this.mongo.find(Query.query(Criteria.where("_id").in(appointmentIds)), Appointment.class)
			.stream()
			.filter(appointment -> appointment.status() == Appointment.Status.BOOKED)
			.forEach(appointment -> CalendarSlots.of(appointment.start(), appointment.minutes())
				.stream()
				.filter(taken::containsKey)
				.forEach(slot -> taken.put(slot, appointment.id())));
		try {
			this.mongo.insert(new CalendarWeek(listed.getString("_id"), taken, appointmentIds));
		}
		catch (DuplicateKeyException movedAlready) {
			// Moved by another instance or before a crash: what was booked on it since is kept.
		}
		this.mongo.remove(listed, LISTED);
	}

}

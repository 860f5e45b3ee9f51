package org.clinicops.scheduling.calendar;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Calendar weeks as last read, for a run of bookings: the weeks the run is known to need are read
 * together by id in one query, any other week when first asked for, and a week a booking of the
 * run changed is read again when next asked for. What it shows only spares conditional updates
 * bound to fail; the updates have the last word.
 */
final class WeeksRead {

	private final MongoTemplate mongo;

	private final Map<String, Optional<CalendarWeek>> weeks = new HashMap<>();

	WeeksRead(MongoTemplate mongo, Collection<String> needed) {
		this.mongo = mongo;
		if (!needed.isEmpty()) {
			needed.forEach(id -> this.weeks.put(id, Optional.empty()));
			this.mongo.find(Query.query(Criteria.where("_id").in(needed)), CalendarWeek.class)
				.forEach(week -> this.weeks.put(week.id(), Optional.of(week)));
		}
	}

	Optional<CalendarWeek> get(String weekId) {
		return this.weeks.computeIfAbsent(weekId, id -> Optional.ofNullable(this.mongo.findById(id, CalendarWeek.class)));
	}

	void changed(String weekId) {
		this.weeks.remove(weekId);
	}

}

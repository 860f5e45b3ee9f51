package org.clinicops.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.clinicops.contracts.Track;
import org.clinicops.scheduling.enrollment.Enrollment;
import org.clinicops.scheduling.enrollment.EnrollmentStatus;
import org.clinicops.scheduling.groups.Group;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/**
 * The program's state as gauges, read from the stored enrollments and groups at each scrape: the
 * waitlist's size and the wait of its oldest entry, and how full the open groups of each track are.
 */
@Component
class ProgramGaugeBinder implements MeterBinder {

	private final MongoTemplate mongo;

	private final Clock clock;

	ProgramGaugeBinder(MongoTemplate mongo, Clock clock) {
		this.mongo = mongo;
		this.clock = clock;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("clinic.waitlist.size", this, gauges -> gauges.mongo.count(waitlisted(), Enrollment.class))
			.description("People waitlisted for want of a seat")
			.register(registry);
		Gauge.builder("clinic.waitlist.oldest.age", this, ProgramGaugeBinder::oldestWaitSeconds)
			.description("How long the longest-waiting person has waited since acceptance")
			.baseUnit("seconds")
			.register(registry);
		for (Track track : Track.values()) {
			Gauge.builder("clinic.groups.utilisation", this, gauges -> gauges.utilisation(track))
				.description("Seats taken over seats offered in the open groups of a track")
				.tag("track", track.name())
				.register(registry);
		}
	}

	private static Query waitlisted() {
		return Query.query(Criteria.where("status").is(EnrollmentStatus.WAITLISTED));
	}

	private double oldestWaitSeconds() {
		Enrollment oldest = this.mongo.findOne(waitlisted().with(Sort.by("acceptedAt")), Enrollment.class);
		return (oldest == null) ? 0.0
				: Duration.between(oldest.acceptedAt(), this.clock.instant()).toMillis() / 1000.0;
	}

	private double utilisation(Track track) {
		List<Group> open = this.mongo.find(Query.query(Criteria.where("open").is(true).and("track").is(track)),
				Group.class);
		int capacity = open.stream().mapToInt(Group::capacity).sum();
		int taken = open.stream().mapToInt(group -> group.capacity() - group.seatsLeft()).sum();
		return (capacity == 0) ? 0.0 : (double) taken / capacity;
	}

}

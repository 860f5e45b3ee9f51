package org.clinicops.scheduling;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.clinicops.contracts.Track;
import org.clinicops.scheduling.enrollment.Enrollment;
import org.clinicops.scheduling.enrollment.WaitingList;
import org.clinicops.scheduling.groups.Group;
import org.clinicops.scheduling.groups.OpenGroups;

import org.springframework.stereotype.Component;

/**
 * The program's state as gauges, read at each scrape from the waiting list (only the people
 * waiting) and the groups: the waitlist's size and the wait of its oldest entry, and how full the
 * open groups of each track are.
 */
@Component
class ProgramGaugeBinder implements MeterBinder {

	private final OpenGroups open;

	private final WaitingList waiting;

	private final Clock clock;

	ProgramGaugeBinder(OpenGroups open, WaitingList waiting, Clock clock) {
		this.open = open;
		this.waiting = waiting;
		this.clock = clock;
	}

	@Override
	public void bindTo(MeterRegistry registry) {
		Gauge.builder("clinic.waitlist.size", this, gauges -> gauges.waiting.all().size())
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

	private double oldestWaitSeconds() {
		return this.waiting.all()
			.stream()
			.map(Enrollment::acceptedAt)
			.min(Comparator.naturalOrder())
			.map(oldest -> Duration.between(oldest, this.clock.instant()).toMillis() / 1000.0)
			.orElse(0.0);
	}

	private double utilisation(Track track) {
		List<Group> inTrack = this.open.all().stream().filter(group -> group.track() == track).toList();
		int capacity = inTrack.stream().mapToInt(Group::capacity).sum();
		int taken = inTrack.stream().mapToInt(group -> group.capacity() - group.seatsLeft()).sum();
		return (capacity == 0) ? 0.0 : (double) taken / capacity;
	}

}

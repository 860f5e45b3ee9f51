package org.clinicops.scheduling;

import java.time.Duration;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.clinicops.common.events.Track;
import org.clinicops.scheduling.enrollment.EnrollmentStatus;

import org.springframework.stereotype.Component;

/** The scheduling flow as counters; tags are bounded enumerations, never a person's id. */
@Component
public class SchedulingMetrics {

	private final MeterRegistry registry;

	SchedulingMetrics(MeterRegistry registry) {
		this.registry = registry;
	}

	public void enrolled(Track track) {
		Counter.builder("clinic.enrollments").description("Enrollments with a group seat")
			.tag("track", track.name())
			.register(this.registry)
			.increment();
	}

	public void waitlisted(Track track) {
		Counter.builder("clinic.enrollments.waitlisted").description("Enrollments waitlisted for want of a seat")
			.tag("track", track.name())
			.register(this.registry)
			.increment();
	}

	/** How long an accepted person waited for their enrollment, seated or waitlisted. */
	public void enrollmentDecided(EnrollmentStatus status, Duration sinceAcceptance) {
		Timer.builder("clinic.pipeline.acceptance.to.enrollment")
			.description("Time from the clinician's acceptance to the enrollment, seated or waitlisted")
			.tag("status", status.name())
			.register(this.registry)
			.record(sinceAcceptance);
	}

	public void promoted(Track track) {
		Counter.builder("clinic.enrollments.promoted").description("Waitlisted people given a freed seat")
			.tag("track", track.name())
			.register(this.registry)
			.increment();
	}

}

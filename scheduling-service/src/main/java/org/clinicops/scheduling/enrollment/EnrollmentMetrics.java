package org.clinicops.scheduling.enrollment;

import java.time.Duration;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.clinicops.contracts.Track;

import org.springframework.stereotype.Component;

/**
 * Enrollments as counters and timers, by track or outcome only. Every series exists from the start
 * at zero, so dashboards and {@code increase()} see the first event too.
 */
@Component
public class EnrollmentMetrics {

	private static final List<EnrollmentStatus> DECIDED = List.of(EnrollmentStatus.ACTIVE, EnrollmentStatus.WAITLISTED);

	private final MeterRegistry registry;

	EnrollmentMetrics(MeterRegistry registry) {
		this.registry = registry;
		for (Track track : Track.values()) {
			enrollments(track);
			waitlistings(track);
			promotions(track);
		}
		DECIDED.forEach(this::acceptanceToEnrollment);
	}

	public void enrolled(Track track) {
		enrollments(track).increment();
	}

	public void waitlisted(Track track) {
		waitlistings(track).increment();
	}

	/** How long an accepted person waited for their enrollment, seated or waitlisted. */
	public void enrollmentDecided(EnrollmentStatus status, Duration sinceAcceptance) {
		acceptanceToEnrollment(status).record(sinceAcceptance);
	}

	public void promoted(Track track) {
		promotions(track).increment();
	}

	private Counter enrollments(Track track) {
		return Counter.builder("clinic.enrollments").description("Enrollments with a group seat")
			.tag("track", track.name())
			.register(this.registry);
	}

	private Counter waitlistings(Track track) {
		return Counter.builder("clinic.enrollments.waitlisted").description("Enrollments waitlisted for want of a seat")
			.tag("track", track.name())
			.register(this.registry);
	}

	private Counter promotions(Track track) {
		return Counter.builder("clinic.enrollments.promoted").description("Waitlisted people given a freed seat")
			.tag("track", track.name())
			.register(this.registry);
	}

	private Timer acceptanceToEnrollment(EnrollmentStatus status) {
		return Timer.builder("clinic.pipeline.acceptance.to.enrollment")
			.description("Time from the clinician's acceptance to the enrollment, seated or waitlisted")
			.tag("status", status.name())
			.register(this.registry);
	}

}

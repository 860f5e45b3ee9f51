package org.clinicops.scheduling.enrollment;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import org.clinicops.common.events.EvaluationAccepted;
import org.clinicops.scheduling.SchedulingMetrics;
import org.clinicops.scheduling.groups.Group;
import org.clinicops.scheduling.groups.SeatReservations;
import org.clinicops.scheduling.therapists.CaseloadReservations;
import org.clinicops.scheduling.therapists.Therapist;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Turns an accepted evaluation into exactly one enrollment with a seat and a therapist, or a
 * waitlist entry. Each step is safe to re-run from any point after a crash: the enrollment's id
 * is derived from the evaluation, and seats and caseload places are found again by enrollment.
 */
@Service
public class EnrollmentService {

	private final Enrollments enrollments;

	private final SeatReservations seats;

	private final CaseloadReservations caseloads;

	private final SchedulingMetrics metrics;

	private final Clock clock;

	private final int admitByDays;

	EnrollmentService(Enrollments enrollments, SeatReservations seats, CaseloadReservations caseloads,
			SchedulingMetrics metrics, Clock clock, @Value("${clinic.scheduling.admit-by-days}") int admitByDays) {
		this.enrollments = enrollments;
		this.seats = seats;
		this.caseloads = caseloads;
		this.metrics = metrics;
		this.clock = clock;
		this.admitByDays = admitByDays;
	}

	public Enrollment enroll(EvaluationAccepted accepted, String correlationId) {
		Enrollment enrollment = pendingOrExisting(accepted, correlationId);
		if (enrollment.status() != EnrollmentStatus.PENDING) {
			return enrollment;
		}
		Instant now = this.clock.instant();
		Optional<Group> group = this.seats.assign(enrollment.id(), enrollment.initials(), enrollment.placement(),
				enrollment.startDate());
		if (group.isPresent()) {
			Therapist therapist = this.caseloads.assign(enrollment.id(), enrollment.primaryFocus()).orElse(null);
			enrollment.enroll(group.get(), therapist, now);
			Enrollment saved = this.enrollments.save(enrollment);
			this.metrics.enrolled(saved.track());
			return saved;
		}
		enrollment.waitlist(this.admitByDays, now);
		Enrollment saved = this.enrollments.save(enrollment);
		this.metrics.waitlisted(saved.track());
		return saved;
	}

	private Enrollment pendingOrExisting(EvaluationAccepted accepted, String correlationId) {
		Optional<Enrollment> existing = this.enrollments.findByEvaluationId(accepted.evaluationId());
		if (existing.isPresent()) {
			return existing.get();
		}
		try {
			return this.enrollments.insert(Enrollment.accept(accepted, correlationId));
		}
		catch (DuplicateKeyException ex) {
			return this.enrollments.findByEvaluationId(accepted.evaluationId()).orElseThrow(() -> ex);
		}
	}

}

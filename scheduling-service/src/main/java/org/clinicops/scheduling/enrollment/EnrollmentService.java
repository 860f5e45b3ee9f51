package org.clinicops.scheduling.enrollment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.clinicops.common.events.DischargeReason;
import org.clinicops.common.events.EvaluationAccepted;
import org.clinicops.common.web.InvalidFieldException;
import org.clinicops.common.web.RecordNotFoundException;
import org.clinicops.common.web.StateConflictException;
import org.clinicops.scheduling.SchedulingMetrics;
import org.clinicops.scheduling.groups.Group;
import org.clinicops.scheduling.groups.GroupMatcher;
import org.clinicops.scheduling.groups.GroupService;
import org.clinicops.scheduling.groups.SeatReservations;
import org.clinicops.scheduling.groups.SeatsFreed;
import org.clinicops.scheduling.therapists.CaseloadReservations;
import org.clinicops.scheduling.therapists.Therapist;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
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

	private final GroupService groups;

	private final GroupMatcher matcher = new GroupMatcher();

	private final ApplicationEventPublisher events;

	private final SchedulingMetrics metrics;

	private final Clock clock;

	private final int admitByDays;

	EnrollmentService(Enrollments enrollments, SeatReservations seats, CaseloadReservations caseloads,
			GroupService groups, ApplicationEventPublisher events, SchedulingMetrics metrics, Clock clock,
			@Value("${clinic.scheduling.admit-by-days}") int admitByDays) {
		this.enrollments = enrollments;
		this.seats = seats;
		this.caseloads = caseloads;
		this.groups = groups;
		this.events = events;
		this.metrics = metrics;
		this.clock = clock;
		this.admitByDays = admitByDays;
	}

	public Enrollment enroll(EvaluationAccepted accepted, String correlationId) {
		Optional<Enrollment> existing = this.enrollments.findByEvaluationId(accepted.evaluationId());
		Enrollment enrollment = existing.orElseGet(() -> insertPending(accepted, correlationId));
		if (enrollment.status() != EnrollmentStatus.PENDING) {
			return enrollment;
		}
		Instant now = this.clock.instant();
		// Only an enrollment found pending, after a crash or a race, may already hold a seat.
		Optional<Group> group = this.seats.assign(enrollment.seatRequest(LocalDate.now(this.clock)), existing.isPresent());
		if (group.isPresent()) {
			Therapist therapist = this.caseloads.assign(enrollment.id(), enrollment.primaryFocus()).orElse(null);
			enrollment.enroll(group.get(), therapist, now);
			Enrollment saved = this.enrollments.save(enrollment);
			this.metrics.enrolled(saved.track());
			this.metrics.enrollmentDecided(saved.status(), Duration.between(accepted.acceptedAt(), now));
			this.events.publishEvent(new EnrollmentPlaced(saved.id()));
			return saved;
		}
		enrollment.waitlist(this.admitByDays, now);
		Enrollment saved = this.enrollments.save(enrollment);
		this.metrics.waitlisted(saved.track());
		this.metrics.enrollmentDecided(saved.status(), Duration.between(accepted.acceptedAt(), now));
		return saved;
	}

	public Enrollment get(String id) {
		return this.enrollments.findById(id).orElseThrow(() -> new RecordNotFoundException("enrollment", id));
	}

	/**
	 * Discharges a person: their seat and caseload place are freed first, then the discharge is
	 * stored with its event, so a crash in between is completed by discharging again.
	 */
	public Enrollment discharge(String id, DischargeReason reason) {
		Enrollment enrollment = get(id);
		String groupId = enrollment.groupId();
		LocalDate today = LocalDate.now(this.clock);
		enrollment.discharge(reason, this.clock.instant());
		if (groupId != null) {
			this.seats.release(groupId, id, today);
		}
		this.caseloads.release(id);
		Enrollment saved = this.enrollments.save(enrollment);
		if (groupId != null) {
			this.events.publishEvent(new SeatsFreed(groupId));
		}
		return saved;
	}

	/** Moves an active person to another group that matches them and has a seat. */
	public Enrollment transfer(String id, String targetGroupId) {
		Enrollment enrollment = get(id);
		if (enrollment.status() != EnrollmentStatus.ACTIVE) {
			throw new StateConflictException("The enrollment is " + enrollment.status()
					+ "; only an ACTIVE enrollment can be transferred.");
		}
		Group target = this.groups.get(targetGroupId);
		String from = enrollment.groupId();
		if (target.id().equals(from)) {
			throw new InvalidFieldException("groupId", "is the person's group already");
		}
		if (!this.matcher.accepts(enrollment.placement(), target.asOption(LocalDate.now(this.clock)))) {
			throw new InvalidFieldException("groupId", "does not match the person's focus, track and cohort");
		}
		if (!this.seats.reserveIn(target, enrollment.seatRequest(LocalDate.now(this.clock)))) {
			throw new StateConflictException("The group " + target.name() + " has no seat left.");
		}
		this.seats.release(from, id, LocalDate.now(this.clock));
		enrollment.transferTo(target, this.clock.instant());
		Enrollment saved = this.enrollments.save(enrollment);
		this.events.publishEvent(new EnrollmentPlaced(saved.id()));
		this.events.publishEvent(new SeatsFreed(from));
		return saved;
	}

	private Enrollment insertPending(EvaluationAccepted accepted, String correlationId) {
		try {
			return this.enrollments.insert(Enrollment.accept(accepted, correlationId));
		}
		catch (DuplicateKeyException ex) {
			return this.enrollments.findByEvaluationId(accepted.evaluationId()).orElseThrow(() -> ex);
		}
	}


}

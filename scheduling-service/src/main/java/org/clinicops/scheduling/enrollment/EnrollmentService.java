package org.clinicops.scheduling.enrollment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.clinicops.common.web.InvalidFieldException;
import org.clinicops.common.web.RecordNotFoundException;
import org.clinicops.common.web.StateConflictException;
import org.clinicops.contracts.DischargeReason;
import org.clinicops.contracts.EvaluationAccepted;
import org.clinicops.scheduling.clinicians.CaseloadReservation;
import org.clinicops.scheduling.enrollment.EnrollmentPlacement.Move;
import org.clinicops.scheduling.enrollment.EnrollmentPlacement.OnConflict;
import org.clinicops.scheduling.enrollment.EnrollmentPlacement.Outcome;
import org.clinicops.scheduling.groups.Group;
import org.clinicops.scheduling.groups.GroupMatcher;
import org.clinicops.scheduling.groups.GroupService;
import org.clinicops.scheduling.groups.SeatRequest;
import org.clinicops.scheduling.groups.SeatReservation;
import org.clinicops.scheduling.groups.SeatSearch;
import org.clinicops.scheduling.groups.SeatsFreed;

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

	private final SeatReservation seats;

	private final CaseloadReservation caseloads;

	private final EnrollmentPlacement placement;

	private final GroupService groups;

	private final GroupMatcher matcher = new GroupMatcher();

	private final ApplicationEventPublisher events;

	private final EnrollmentMetrics metrics;

	private final Clock clock;

	private final int admitByDays;

	private final AdmitByWarnings admitByWarnings;

	private final WaitingList waiting;

	EnrollmentService(Enrollments enrollments, SeatReservation seats, CaseloadReservation caseloads,
			EnrollmentPlacement placement, GroupService groups, ApplicationEventPublisher events,
			EnrollmentMetrics metrics, AdmitByWarnings admitByWarnings, WaitingList waiting, Clock clock,
			@Value("${clinic.scheduling.admit-by-days}") int admitByDays) {
		this.enrollments = enrollments;
		this.seats = seats;
		this.caseloads = caseloads;
		this.placement = placement;
		this.groups = groups;
		this.events = events;
		this.metrics = metrics;
		this.clock = clock;
		this.admitByDays = admitByDays;
		this.admitByWarnings = admitByWarnings;
		this.waiting = waiting;
	}

	public Enrollment enroll(EvaluationAccepted accepted, String correlationId) {
		return enroll(accepted, correlationId, this.seats.search());
	}

	/** A search of the open groups for a run of acceptances, which reads them once for all of it. */
	SeatSearch seatSearch() {
		return this.seats.search();
	}

	/** Enrolls the person, choosing a seat among the groups the search has (read once for a run of acceptances). */
	Enrollment enroll(EvaluationAccepted accepted, String correlationId, SeatSearch search) {
		Optional<Enrollment> inserted = insertPending(accepted, correlationId);
		Enrollment enrollment = inserted.or(() -> this.enrollments.findByEvaluationId(accepted.evaluationId()))
			.orElseThrow(() -> new IllegalStateException("The enrollment of an evaluation was neither stored nor found"));
		if (enrollment.status() != EnrollmentStatus.PENDING) {
			return enrollment;
		}
		// Only an enrollment found pending, after a crash or a race, may already hold a seat and a caseload place.
		boolean mayHoldPlaces = inserted.isEmpty();
		if (this.placement.place(enrollment, Move.ADMISSION, request -> this.seats.assign(request, mayHoldPlaces, search),
				mayHoldPlaces, OnConflict.RETHROW) == Outcome.PLACED) {
			return enrollment;
		}
		Instant now = this.clock.instant();
		enrollment.waitlist(this.admitByDays, now);
		this.admitByWarnings.listWaitlisted(enrollment);
		this.waiting.list(enrollment);
		Enrollment saved = this.enrollments.save(enrollment);
		this.metrics.waitlisted(saved.track());
		this.metrics.enrollmentDecided(saved.status(), Duration.between(accepted.acceptedAt(), now));
		return saved;
	}

	/**
	 * Gives a waitlisted person a seat in the group. False when no seat was left there; true when
	 * the person was placed, and also when another instance promoted or discharged them meanwhile
	 * (the seat is given back and the next person may take it).
	 */
	public boolean promote(Enrollment waiting, Group group) {
		// A promotion that stopped between the caseload place and the store left the person waitlisted.
		return this.placement.place(waiting, Move.PROMOTION, request -> reserved(group, request), true,
				OnConflict.GIVE_BACK) != Outcome.NO_SEAT;
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
		LocalDate joinedOn = enrollment.groupJoinedOn();
		boolean wasWaiting = enrollment.status() == EnrollmentStatus.WAITLISTED;
		LocalDate today = LocalDate.now(this.clock);
		enrollment.discharge(reason, this.clock.instant());
		if (groupId != null) {
			this.seats.release(groupId, id, joinedOn, today);
		}
		this.caseloads.release(id);
		Enrollment saved = this.enrollments.save(enrollment);
		if (wasWaiting) {
			this.waiting.unlist(id);
		}
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
		if (target.id().equals(enrollment.groupId())) {
			throw new InvalidFieldException("groupId", "is the person's group already");
		}
		if (!this.matcher.accepts(enrollment.placement(), target.asOption(LocalDate.now(this.clock)))) {
			throw new InvalidFieldException("groupId", "does not match the person's focus, track and cohort");
		}
		if (this.placement.place(enrollment, Move.TRANSFER, request -> reserved(target, request), false,
				OnConflict.RETHROW) == Outcome.NO_SEAT) {
			throw new StateConflictException("The group " + target.name() + " has no seat left.");
		}
		return enrollment;
	}

	private Optional<Group> reserved(Group group, SeatRequest request) {
		return this.seats.reserveIn(group, request) ? Optional.of(group) : Optional.empty();
	}

	/**
	 * The new pending enrollment, or nothing when the evaluation has one already (a redelivery, a
	 * crash, a race): stored first and read only then, since almost every acceptance is new.
	 */
	private Optional<Enrollment> insertPending(EvaluationAccepted accepted, String correlationId) {
		try {
			return Optional.of(this.enrollments.insert(Enrollment.accept(accepted, correlationId)));
		}
		catch (DuplicateKeyException ex) {
			return Optional.empty();
		}
	}
}

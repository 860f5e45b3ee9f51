package org.clinicops.scheduling.enrollment;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.clinicops.scheduling.clinicians.CaseloadReservation;
import org.clinicops.scheduling.clinicians.Therapist;
import org.clinicops.scheduling.groups.Group;
import org.clinicops.scheduling.groups.SeatRequest;
import org.clinicops.scheduling.groups.SeatReservation;
import org.clinicops.scheduling.groups.SeatsFreed;
import org.clinicops.scheduling.plans.WeeklyPlan;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * The one way a person comes to a group seat: a new admission, a promotion from the waitlist or a
 * transfer. It takes the seat (and, for a person new to the program, a caseload place), then
 * stores the enrollment with its events and, when the first full week's hours lie outside the
 * range, the plan flag, in one write; metrics follow the write.
 */
@Component
class EnrollmentPlacement {

	/** How the person comes to the seat. */
	enum Move {

		ADMISSION, PROMOTION, TRANSFER

	}

	/** What to do when another instance changed the enrollment between its read and the write. */
	enum OnConflict {

		/**
		 * Let the failure go to the caller: a consumer's retry re-runs the admission, which finds
		 * the seat and caseload place it holds; an API caller is told of the conflict.
		 */
		RETHROW,

		/** Free the seat and caseload place just taken, and report the person as not placed. */
		GIVE_BACK

	}

	/** What came of a placement; a placed enrollment is stored in the instance given. */
	enum Outcome {

		PLACED, NO_SEAT, GIVEN_BACK

	}

	/** Takes a seat for the request, in the group it chooses; empty when none is left. */
	@FunctionalInterface
	interface SeatChoice {

		Optional<Group> take(SeatRequest request);

	}

	private final Enrollments enrollments;

	private final SeatReservation seats;

	private final CaseloadReservation caseloads;

	private final PlanService plans;

	private final EnrollmentMetrics metrics;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final WaitingList waiting;

	EnrollmentPlacement(Enrollments enrollments, SeatReservation seats, CaseloadReservation caseloads,
			PlanService plans, EnrollmentMetrics metrics, ApplicationEventPublisher events, WaitingList waiting,
			Clock clock) {
		this.enrollments = enrollments;
		this.seats = seats;
		this.caseloads = caseloads;
		this.plans = plans;
		this.metrics = metrics;
		this.events = events;
		this.clock = clock;
		this.waiting = waiting;
	}

	/**
	 * Places the person. {@code mayHoldPlaces} says this may be a re-run after a crash, so that a
	 * caseload place taken before it is looked for first rather than a second one taken.
	 */
	Outcome place(Enrollment enrollment, Move move, SeatChoice choice, boolean mayHoldPlaces, OnConflict onConflict) {
		LocalDate today = LocalDate.now(this.clock);
		// A late-entered admission joins its group from its start date, so the meetings since then are
		// open for attendance; a promotion or a transfer joins from today.
		SeatRequest request = enrollment.seatRequest((move == Move.ADMISSION) ? enrollment.startDate() : today);
		Optional<Group> seat = choice.take(request);
		if (seat.isEmpty()) {
			return Outcome.NO_SEAT;
		}
		Group group = seat.get();
		Instant now = this.clock.instant();
		String previousGroupId = enrollment.groupId();
		Therapist therapist = null;
		if (move == Move.TRANSFER) {
			this.seats.release(previousGroupId, enrollment.id(), enrollment.groupJoinedOn(), today);
			enrollment.transferTo(group, request.startDate(), now);
		}
		else {
			therapist = this.caseloads.assign(enrollment.id(), enrollment.primaryFocus(), mayHoldPlaces).orElse(null);
			enrollment.enroll(group, request.startDate(), therapist, now);
		}
		Optional<WeeklyPlan> outOfRange = this.plans.firstWeekOutOfRange(enrollment, group);
		outOfRange.ifPresent(plan -> enrollment.flagPlanOutOfRange(plan.week(), plan.totalHours(), plan.minimumHours(),
				plan.maximumHours(), now));
		try {
			this.enrollments.save(enrollment);
		}
		catch (OptimisticLockingFailureException ex) {
			if (onConflict == OnConflict.RETHROW) {
				throw ex;
			}
			this.seats.release(group.id(), enrollment.id(), request.startDate(), today);
			if (therapist != null) {
				this.caseloads.release(enrollment.id());
			}
			return Outcome.GIVEN_BACK;
		}
		switch (move) {
			case ADMISSION -> {
				this.metrics.enrolled(enrollment.track());
				this.metrics.enrollmentDecided(enrollment.status(), Duration.between(enrollment.acceptedAt(), now));
			}
			case PROMOTION -> {
				this.waiting.unlist(enrollment.id());
				this.metrics.promoted(enrollment.track());
			}
			case TRANSFER -> this.events.publishEvent(new SeatsFreed(previousGroupId));
		}
		return Outcome.PLACED;
	}

}

package org.clinicops.scheduling.waitlist;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.clinicops.scheduling.SchedulingMetrics;
import org.clinicops.scheduling.enrollment.Enrollment;
import org.clinicops.scheduling.enrollment.EnrollmentPlaced;
import org.clinicops.scheduling.enrollment.Enrollments;
import org.clinicops.scheduling.groups.Group;
import org.clinicops.scheduling.groups.Groups;
import org.clinicops.scheduling.groups.SeatReservations;
import org.clinicops.scheduling.groups.SeatsFreed;
import org.clinicops.scheduling.therapists.CaseloadReservations;
import org.clinicops.scheduling.therapists.Therapist;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * Gives freed seats to the waitlist: the first matching person in admission order takes each
 * seat, through the same atomic reservation as a new enrollment, and is enrolled with a therapist.
 */
@Component
public class WaitlistPromotion {

	private static final Logger log = LoggerFactory.getLogger(WaitlistPromotion.class);

	private final Groups groups;

	private final Waitlist waitlist;

	private final Enrollments enrollments;

	private final SeatReservations seats;

	private final CaseloadReservations caseloads;

	private final SchedulingMetrics metrics;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	WaitlistPromotion(Groups groups, Waitlist waitlist, Enrollments enrollments, SeatReservations seats,
			CaseloadReservations caseloads, SchedulingMetrics metrics, ApplicationEventPublisher events, Clock clock) {
		this.groups = groups;
		this.waitlist = waitlist;
		this.enrollments = enrollments;
		this.seats = seats;
		this.caseloads = caseloads;
		this.metrics = metrics;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Runs after the change that freed the seats is stored; should it fail, the periodic sweep
	 * fills the seats instead, so the change itself still stands.
	 */
	@EventListener
	void onSeatsFreed(SeatsFreed freed) {
		try {
			fill(freed.groupId());
		}
		catch (RuntimeException ex) {
			log.warn("Waitlist promotion into group {} is left to the sweep: {}", freed.groupId(), ex.getMessage());
		}
	}

	/** Promotes waiting people into the group while it has seats; returns how many. */
	public int fill(String groupId) {
		int promoted = 0;
		while (true) {
			Optional<Group> group = this.groups.findById(groupId).filter(Group::isOpen).filter(g -> g.seatsLeft() > 0);
			Optional<Enrollment> next = group.flatMap(this.waitlist::firstFor);
			if (next.isEmpty() || !promote(next.get(), group.get())) {
				return promoted;
			}
			promoted++;
		}
	}

	private boolean promote(Enrollment enrollment, Group group) {
		if (!this.seats.reserveIn(group, enrollment.seatRequest(LocalDate.now(this.clock)))) {
			return false;
		}
		Therapist therapist = this.caseloads.assign(enrollment.id(), enrollment.primaryFocus()).orElse(null);
		enrollment.enroll(group, therapist, this.clock.instant());
		try {
			this.enrollments.save(enrollment);
		}
		catch (OptimisticLockingFailureException ex) {
			// Another instance promoted or discharged this person meanwhile: give the seat back.
			this.seats.release(group.id(), enrollment.id(), LocalDate.now(this.clock));
			if (therapist != null) {
				this.caseloads.release(enrollment.id());
			}
			return true;
		}
		this.metrics.promoted(enrollment.track());
		this.events.publishEvent(new EnrollmentPlaced(enrollment.id()));
		return true;
	}

}

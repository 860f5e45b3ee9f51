package org.clinicops.scheduling.waitlist;

import java.util.Optional;

import org.clinicops.scheduling.enrollment.Enrollment;
import org.clinicops.scheduling.enrollment.EnrollmentService;
import org.clinicops.scheduling.enrollment.WaitingList;
import org.clinicops.scheduling.groups.Group;
import org.clinicops.scheduling.groups.Groups;
import org.clinicops.scheduling.groups.SeatsFreed;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives freed seats to the waitlist: the first matching person in admission order takes each
 * seat, through the same atomic reservation as a new enrollment, and is enrolled with a therapist.
 */
@Component
public class WaitlistPromotion {

	private static final Logger log = LoggerFactory.getLogger(WaitlistPromotion.class);

	private final Groups groups;

	private final WaitingList waitlist;

	private final EnrollmentService enrollments;

	WaitlistPromotion(Groups groups, WaitingList waitlist, EnrollmentService enrollments) {
		this.groups = groups;
		this.waitlist = waitlist;
		this.enrollments = enrollments;
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
			Optional<Enrollment> next = group.flatMap(open -> this.waitlist.firstFor(open.focus(), open.track(), open.cohort()));
			if (next.isEmpty() || !this.enrollments.promote(next.get(), group.get())) {
				return promoted;
			}
			promoted++;
		}
	}

}

package org.clinicops.scheduling.waitlist;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import org.clinicops.contracts.Cohort;
import org.clinicops.contracts.Focus;
import org.clinicops.contracts.Track;
import org.clinicops.scheduling.enrollment.Enrollment;
import org.clinicops.scheduling.enrollment.WaitlistPriority;

/**
 * One waiting person as staff see them: their place in the queue of their focus and track, their
 * priority, how long they have waited and by when they should be admitted.
 */
public record WaitlistEntry(int position, String enrollmentId, String evaluationId, String initials, Focus primaryFocus,
		Track track, Cohort cohort, WaitlistPriority priority, Instant acceptedAt, long waitingDays, LocalDate admitBy,
		boolean deadlineWarned) {

	public static WaitlistEntry of(int position, Enrollment enrollment, Instant now) {
		return new WaitlistEntry(position, enrollment.id(), enrollment.evaluationId(), enrollment.initials(),
				enrollment.primaryFocus(), enrollment.track(), enrollment.cohort(), enrollment.priority(),
				enrollment.acceptedAt(), Duration.between(enrollment.acceptedAt(), now).toDays(), enrollment.admitBy(),
				enrollment.admitByWarnedAt() != null);
	}

}

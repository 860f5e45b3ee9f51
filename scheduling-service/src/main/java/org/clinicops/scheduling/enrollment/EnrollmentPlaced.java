package org.clinicops.scheduling.enrollment;

/**
 * A person got a group seat (at once, from the waitlist, or by transfer): their weekly plan is
 * worth checking. An in-process event, so that enrollment need not know plans.
 */
public record EnrollmentPlaced(String enrollmentId) {
}

package org.clinicops.scheduling.enrollment;

/** PENDING only between the acceptance arriving and its group being settled. */
public enum EnrollmentStatus {

	PENDING, ACTIVE, WAITLISTED, DISCHARGED

}

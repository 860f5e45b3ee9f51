package org.clinicops.notification.routing;

/**
 * What an alert asks staff to act on: the closed set the router raises. Its name travels as the
 * {@code alertType} of {@code alert-raised.v1} and tags the alert counter.
 */
public enum AlertType {

	EVALUATION_REQUESTED, RISK_FLAG_RAISED, EVALUATION_ACCEPTED, EVALUATION_REFERRED, THERAPIST_NEEDED,
	PATIENT_ENROLLED, GROUP_ASSIGNED, PATIENT_WAITLISTED, GROUP_FULL, PLAN_OUT_OF_RANGE, ADMIT_BY_NEAR,
	MESSAGE_FAILED, CALL_PATIENT, APPOINTMENT_UNPLACEABLE, WEEK_HOURS_OUT_OF_RANGE, SESSIONS_MISSED,
	ATTENDANCE_UNRECORDED

}

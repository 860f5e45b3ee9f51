package org.clinicops.contracts;

/** Why an appointment was cancelled, as a code: the reason's words stay with scheduling's staff. */
public enum CancellationReason {

	PERSON_REQUEST, CLINICIAN_UNAVAILABLE, RESCHEDULED, DISCHARGED, OTHER

}

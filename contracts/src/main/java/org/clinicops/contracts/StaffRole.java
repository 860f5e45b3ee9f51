package org.clinicops.contracts;

/** The staff roles of the clinic; alerts are routed to them and endpoints are guarded by them. */
public enum StaffRole {

	INTAKE_COORDINATOR, CLINICIAN, SCHEDULER, PROGRAM_DIRECTOR, OPS

}

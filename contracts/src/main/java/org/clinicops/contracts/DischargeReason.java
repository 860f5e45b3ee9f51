package org.clinicops.contracts;

/** Why a person left the program. */
public enum DischargeReason {

	COMPLETED, STEP_DOWN, STEP_UP, LEFT_PROGRAM, OTHER

}

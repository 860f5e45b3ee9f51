package org.clinicops.common.events;

/** Why a person left the program. */
public enum DischargeReason {

	COMPLETED, STEP_DOWN, STEP_UP, LEFT_PROGRAM, OTHER

}

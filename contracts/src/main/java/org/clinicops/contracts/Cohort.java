package org.clinicops.contracts;

/** Who a group is for. A person of a specific cohort may also join a GENERAL group. */
public enum Cohort {

	GENERAL, WOMEN, MEN, VETERANS, TRAUMA_SURVIVORS

}

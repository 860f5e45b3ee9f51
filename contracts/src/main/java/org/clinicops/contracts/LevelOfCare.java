package org.clinicops.contracts;

/** ASAM-style levels of care, from the most to the least intensive. */
public enum LevelOfCare {

	CRISIS, WITHDRAWAL_MANAGEMENT, INPATIENT, RESIDENTIAL, PARTIAL_HOSPITALIZATION, INTENSIVE_OUTPATIENT, OUTPATIENT

}

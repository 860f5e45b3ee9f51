package org.clinicops.contracts;

/** What an appointment on a clinician's calendar is for. */
public enum AppointmentKind {

	/** The weekly individual counseling with the primary therapist. */
	INDIVIDUAL,

	/** Thirty minutes with a prescriber every other week, for a person who needs medication management. */
	MEDICATION_MANAGEMENT,

	/** A psychiatric evaluation with a prescriber, within 7 days of the start, for a person who needs it. */
	PSYCHIATRIC_EVALUATION

}

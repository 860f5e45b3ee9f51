package org.clinicops.contracts;

/** The concern areas of the clinic's programs; also the focus of a group and a therapist's specialty. */
public enum Focus {

	SUBSTANCE_USE, MENTAL_HEALTH, EATING_DISORDER

}

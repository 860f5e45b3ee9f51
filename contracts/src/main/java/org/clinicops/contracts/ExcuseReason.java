package org.clinicops.contracts;

/** Why an absence was excused, as a code: the words stay with the clinician's notes. */
public enum ExcuseReason {

	ILLNESS, FAMILY, WORK_OR_SCHOOL, TRANSPORT, WEATHER, OTHER

}

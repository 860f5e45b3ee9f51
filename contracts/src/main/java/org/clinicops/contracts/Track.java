package org.clinicops.contracts;

/** When an IOP meets: mornings, or evenings for people who keep working or going to school. */
public enum Track {

	MORNING, EVENING;

	public static Track forPerson(boolean continuingWorkOrSchool) {
		return continuingWorkOrSchool ? EVENING : MORNING;
	}

}

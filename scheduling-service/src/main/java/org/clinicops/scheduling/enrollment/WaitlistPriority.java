package org.clinicops.scheduling.enrollment;

/**
 * Who is admitted first from the waitlist: pregnant people, then people who inject drugs (the
 * priority populations of US block-grant rules), then everyone else; within each, first accepted
 * first served. The rank is stored with each enrollment so the waitlist is read in order.
 */
public enum WaitlistPriority {

	PREGNANT, INJECTS_DRUGS, NONE;

	public static WaitlistPriority of(boolean pregnant, boolean injectionDrugUse) {
		return pregnant ? PREGNANT : injectionDrugUse ? INJECTS_DRUGS : NONE;
	}

	/** Lower is earlier. */
	public int rank() {
		return ordinal();
	}

}

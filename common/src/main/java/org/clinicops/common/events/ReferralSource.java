package org.clinicops.common.events;

/** Where an evaluation request came from. */
public enum ReferralSource {

	SELF, FAMILY, PROVIDER_REFERRAL, INPATIENT_STEP_DOWN

}

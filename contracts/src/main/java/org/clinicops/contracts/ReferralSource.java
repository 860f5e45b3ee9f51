package org.clinicops.contracts;

/** Where an evaluation request came from. */
public enum ReferralSource {

	SELF, FAMILY, PROVIDER_REFERRAL, INPATIENT_STEP_DOWN

}

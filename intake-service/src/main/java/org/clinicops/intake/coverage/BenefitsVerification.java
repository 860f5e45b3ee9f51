package org.clinicops.intake.coverage;

import java.math.BigDecimal;
import java.time.Instant;

/** One verification of benefits, kept with who made it and when; the latest is the one in force. */
public record BenefitsVerification(boolean coverageActive, boolean iopCovered, boolean authorizationRequired,
		BigDecimal copayPerDay, BigDecimal deductibleRemaining, String verifiedBy, Instant verifiedAt) {

	static BenefitsVerification of(BenefitsForm form, String verifiedBy, Instant now) {
		return new BenefitsVerification(form.coverageActive(), form.iopCovered(), form.authorizationRequired(),
				form.copayPerDay(), form.deductibleRemaining(), verifiedBy, now);
	}

}

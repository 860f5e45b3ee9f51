package org.clinicops.intake.review;

import static org.clinicops.common.pages.FormValues.amount;
import static org.clinicops.common.pages.FormValues.yesNo;

import java.util.Map;

import org.clinicops.intake.coverage.BenefitsForm;

/** The verification form as the browser posts it, read into a {@link BenefitsForm} for the API's validation. */
public record BenefitsFields(String coverageActive, String iopCovered, String authorizationRequired, String copayPerDay,
		String deductibleRemaining) {

	static BenefitsFields empty() {
		return new BenefitsFields(null, null, null, null, null);
	}

	BenefitsForm toForm(Map<String, String> errors) {
		return new BenefitsForm(yesNo("coverageActive", this.coverageActive, errors),
				yesNo("iopCovered", this.iopCovered, errors),
				yesNo("authorizationRequired", this.authorizationRequired, errors),
				amount("copayPerDay", this.copayPerDay, errors),
				amount("deductibleRemaining", this.deductibleRemaining, errors));
	}

}

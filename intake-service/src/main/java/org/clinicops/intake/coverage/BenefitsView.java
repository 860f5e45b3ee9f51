package org.clinicops.intake.coverage;

import java.util.List;

/**
 * How a person pays: self-pay with the payment-plan interest, or insured with the latest
 * verification (null until one is made) and every verification, oldest first.
 */
public record BenefitsView(String evaluationId, boolean selfPay, boolean paymentPlanInterest,
		BenefitsVerification latest, List<BenefitsVerification> verifications) {

	static BenefitsView of(Coverage coverage, boolean paymentPlanInterest) {
		return new BenefitsView(coverage.id(), !coverage.insured(), paymentPlanInterest,
				coverage.latestVerification().orElse(null), coverage.verifications());
	}

}

package org.clinicops.intake.review;

import java.util.Map;

/**
 * What the review page shows in its forms: the values, the errors by field and, for a change the
 * request's state does not allow, why. Any form may be refused; the others keep their values.
 */
public record ReviewState(ScreeningFields screening, Map<String, String> screeningErrors, DecisionFields decision,
		Map<String, String> decisionErrors, BenefitsFields benefits, Map<String, String> benefitsErrors,
		AuthorizationFields authorization, Map<String, String> authorizationErrors, String conflict) {

	static ReviewState showing(ScreeningFields screening, DecisionFields decision) {
		return new ReviewState(screening, Map.of(), decision, Map.of(), BenefitsFields.empty(), Map.of(),
				AuthorizationFields.empty(), Map.of(), null);
	}

	ReviewState screeningRefused(ScreeningFields entered, Map<String, String> errors) {
		return new ReviewState(entered, errors, this.decision, Map.of(), this.benefits, Map.of(), this.authorization,
				Map.of(), null);
	}

	ReviewState decisionRefused(DecisionFields entered, Map<String, String> errors) {
		return new ReviewState(this.screening, Map.of(), entered, errors, this.benefits, Map.of(), this.authorization,
				Map.of(), null);
	}

	ReviewState benefitsRefused(BenefitsFields entered, Map<String, String> errors) {
		return new ReviewState(this.screening, Map.of(), this.decision, Map.of(), entered, errors, this.authorization,
				Map.of(), null);
	}

	ReviewState authorizationRefused(AuthorizationFields entered, Map<String, String> errors) {
		return new ReviewState(this.screening, Map.of(), this.decision, Map.of(), this.benefits, Map.of(), entered, errors,
				null);
	}

	ReviewState inConflict(String why) {
		return new ReviewState(this.screening, Map.of(), this.decision, Map.of(), this.benefits, Map.of(),
				this.authorization, Map.of(), why);
	}

	public boolean refused() {
		return !this.screeningErrors.isEmpty() || !this.decisionErrors.isEmpty() || !this.benefitsErrors.isEmpty()
				|| !this.authorizationErrors.isEmpty() || this.conflict != null;
	}

}

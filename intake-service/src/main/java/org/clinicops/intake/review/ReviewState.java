package org.clinicops.intake.review;

import java.util.Map;

/**
 * What the review page shows in its two forms: the values, the errors by field and, for a change
 * the request's state does not allow, why. Either form may be refused; the other keeps its values.
 */
public record ReviewState(ScreeningFields screening, Map<String, String> screeningErrors, DecisionFields decision,
		Map<String, String> decisionErrors, String conflict) {

	static ReviewState showing(ScreeningFields screening, DecisionFields decision) {
		return new ReviewState(screening, Map.of(), decision, Map.of(), null);
	}

	ReviewState screeningRefused(ScreeningFields entered, Map<String, String> errors) {
		return new ReviewState(entered, errors, this.decision, Map.of(), null);
	}

	ReviewState decisionRefused(DecisionFields entered, Map<String, String> errors) {
		return new ReviewState(this.screening, Map.of(), entered, errors, null);
	}

	ReviewState inConflict(String why) {
		return new ReviewState(this.screening, Map.of(), this.decision, Map.of(), why);
	}

	public boolean refused() {
		return !this.screeningErrors.isEmpty() || !this.decisionErrors.isEmpty() || this.conflict != null;
	}

}

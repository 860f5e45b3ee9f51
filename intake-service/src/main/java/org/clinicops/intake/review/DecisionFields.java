package org.clinicops.intake.review;

import static org.clinicops.common.pages.FormValues.blankToNull;
import static org.clinicops.common.pages.FormValues.choice;
import static org.clinicops.common.pages.FormValues.date;

import java.util.Map;

import org.clinicops.contracts.LevelOfCare;
import org.clinicops.intake.screening.DecisionForm;
import org.clinicops.intake.screening.DecisionOutcome;

/**
 * The decision form as the browser posts it: text, read leniently into a {@link DecisionForm} so
 * that the API's own validation judges it. What cannot even be read is reported by field.
 */
public record DecisionFields(String outcome, String levelOfCare, String reason, String startDate) {

	/** A new decision: the level of care preset to the recommendation, when there is one. */
	static DecisionFields proposing(LevelOfCare recommended) {
		return new DecisionFields(null, (recommended != null) ? recommended.name() : null, null, null);
	}

	DecisionForm toDecision(Map<String, String> errors) {
		return new DecisionForm(choice("outcome", this.outcome, DecisionOutcome.class, errors),
				choice("levelOfCare", this.levelOfCare, LevelOfCare.class, errors), blankToNull(this.reason),
				date("startDate", this.startDate, errors));
	}

}

package org.clinicops.intake.review;

import static org.clinicops.common.pages.FormValues.blankToNull;
import static org.clinicops.common.pages.FormValues.choice;
import static org.clinicops.common.pages.FormValues.date;
import static org.clinicops.common.pages.FormValues.wholeNumber;

import java.util.Map;

import org.clinicops.contracts.LevelOfCare;
import org.clinicops.intake.coverage.AuthorizationForm;

/** The authorization form as the browser posts it, read into an {@link AuthorizationForm} for the API's validation. */
public record AuthorizationFields(String number, String levelOfCare, String units, String from, String to,
		String nextReviewDate) {

	static AuthorizationFields empty() {
		return new AuthorizationFields(null, LevelOfCare.INTENSIVE_OUTPATIENT.name(), null, null, null, null);
	}

	AuthorizationForm toForm(Map<String, String> errors) {
		return new AuthorizationForm(blankToNull(this.number), choice("levelOfCare", this.levelOfCare, LevelOfCare.class,
				errors), wholeNumber("units", this.units, errors), date("from", this.from, errors),
				date("to", this.to, errors), date("nextReviewDate", this.nextReviewDate, errors));
	}

}

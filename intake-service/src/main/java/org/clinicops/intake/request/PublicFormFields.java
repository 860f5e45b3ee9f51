package org.clinicops.intake.request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.clinicops.contracts.ContactChannel;
import org.clinicops.contracts.Focus;
import org.clinicops.contracts.ReferralSource;

import static org.clinicops.common.pages.FormValues.blankToNull;
import static org.clinicops.common.pages.FormValues.choice;
import static org.clinicops.common.pages.FormValues.date;
import static org.clinicops.common.pages.FormValues.given;

/**
 * The public page's form as the browser posts it: text, read leniently into an
 * {@link EvaluationRequestForm} so that the API's own validation judges it. What cannot even be
 * read (a date that is no date, an unknown choice) is reported in {@code errors} by field.
 */
public record PublicFormFields(String firstName, String lastName, String dateOfBirth, String phone, String email,
		String preferredContact, Boolean consentToContact, List<String> concerns, String message, String source,
		String payment, String payer, String memberId, Boolean paymentPlanInterest, String submissionKey) {

	static final String SELF_PAY = "SELF_PAY";

	static PublicFormFields empty(String submissionKey) {
		return new PublicFormFields(null, null, null, null, null, null, null, List.of(), null, null, null, null, null,
				null, submissionKey);
	}

	EvaluationRequestForm toForm(Map<String, String> errors) {
		boolean selfPay = SELF_PAY.equals(this.payment);
		Insurance insurance = (!selfPay && (given(this.payer) || given(this.memberId)))
				? new Insurance(this.payer, this.memberId) : null;
		return new EvaluationRequestForm(blankToNull(this.firstName), blankToNull(this.lastName), date("dateOfBirth", this.dateOfBirth, errors),
				blankToNull(this.phone), blankToNull(this.email),
				choice("preferredContact", this.preferredContact, ContactChannel.class, errors),
				Boolean.TRUE.equals(this.consentToContact), concerns(errors), blankToNull(this.message),
				choice("source", this.source, ReferralSource.class, errors), insurance, selfPay ? Boolean.TRUE : null,
				selfPay && Boolean.TRUE.equals(this.paymentPlanInterest));
	}

	public boolean isChecked(String concern) {
		return this.concerns != null && this.concerns.contains(concern);
	}

	private List<Focus> concerns(Map<String, String> errors) {
		List<Focus> focus = new ArrayList<>();
		for (String concern : (this.concerns != null) ? this.concerns : List.<String>of()) {
			Focus chosen = choice("concerns", concern, Focus.class, errors);
			if (chosen != null) {
				focus.add(chosen);
			}
		}
		return focus;
	}
}

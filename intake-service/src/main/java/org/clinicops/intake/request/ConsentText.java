package org.clinicops.intake.request;

/**
 * The consent to be contacted, as the public form shows it. A request stores the version its
 * person agreed to; a change of wording is a new version, so what each person agreed to stays
 * known.
 */
public final class ConsentText {

	public static final String VERSION = "contact-consent-2026-11";

	public static final String TEXT = "I agree to be contacted by the clinic about this request";

	private ConsentText() {
	}

}

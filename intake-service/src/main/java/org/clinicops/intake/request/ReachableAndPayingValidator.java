package org.clinicops.intake.request;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.clinicops.contracts.ContactChannel;

class ReachableAndPayingValidator implements ConstraintValidator<ReachableAndPaying, EvaluationRequestForm> {

	@Override
	public boolean isValid(EvaluationRequestForm form, ConstraintValidatorContext context) {
		context.disableDefaultConstraintViolation();
		boolean valid = true;
		boolean phone = EvaluationRequestForm.isGiven(form.phone());
		boolean email = EvaluationRequestForm.isGiven(form.email());
		if (!phone && !email) {
			valid = violation(context, "phone", "give a phone number or an e-mail address");
		}
		else if (form.preferredContact() == ContactChannel.EMAIL && !email) {
			valid = violation(context, "email", "is needed when the preferred contact is EMAIL");
		}
		else if ((form.preferredContact() == ContactChannel.PHONE || form.preferredContact() == ContactChannel.SMS)
				&& !phone) {
			valid = violation(context, "phone", "is needed when the preferred contact is " + form.preferredContact());
		}
		if (form.isSelfPay() && form.insurance() != null) {
			valid = violation(context, "selfPay", "cannot be true when insurance is given");
		}
		else if (!form.isSelfPay() && form.insurance() == null) {
			valid = violation(context, "insurance", "give the insurance (payer and member id), or selfPay: true");
		}
		return valid;
	}

	private static boolean violation(ConstraintValidatorContext context, String field, String message) {
		context.buildConstraintViolationWithTemplate(message).addPropertyNode(field).addConstraintViolation();
		return false;
	}

}

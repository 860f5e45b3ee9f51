package org.clinicops.intake.request;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.clinicops.contracts.ContactChannel;
import org.clinicops.contracts.Focus;
import org.clinicops.contracts.ReferralSource;

/** What a person (or a family member) sends to request a confidential evaluation. */
@ReachableAndPaying
public record EvaluationRequestForm(@NotBlank @Size(max = 100) String firstName,
		@NotBlank @Size(max = 100) String lastName, @NotNull @Past LocalDate dateOfBirth,
		@Pattern(regexp = "\\+?[0-9 ()./-]{7,25}", message = "must be a phone number") String phone,
		@Email @Size(max = 254) String email, @NotNull ContactChannel preferredContact,
		@NotNull @AssertTrue(message = "must be true: the clinic contacts you only with your consent") Boolean consentToContact,
		@NotEmpty @Size(max = 3) List<@NotNull Focus> concerns, @Size(max = 2000) String message,
		@NotNull ReferralSource source, @Valid Insurance insurance, Boolean selfPay, Boolean paymentPlanInterest) {

	boolean isSelfPay() {
		return Boolean.TRUE.equals(this.selfPay);
	}

	static boolean isGiven(String value) {
		return value != null && !value.isBlank();
	}

}

package org.clinicops.intake.coverage;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.clinicops.contracts.LevelOfCare;

/** A payer's authorization as a coordinator records it: units are service days; the review date is optional. */
public record AuthorizationForm(@NotBlank @Size(max = 50) String number, @NotNull LevelOfCare levelOfCare,
		@NotNull @Min(1) @Max(366) Integer units, @NotNull LocalDate from, @NotNull LocalDate to,
		LocalDate nextReviewDate) {
}

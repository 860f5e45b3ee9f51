package org.clinicops.intake.coverage;

import java.math.BigDecimal;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

/** What the payer answered when a coordinator verified a person's benefits. Amounts in dollars. */
public record BenefitsForm(@NotNull Boolean coverageActive, @NotNull Boolean iopCovered,
		@NotNull Boolean authorizationRequired,
		@NotNull @PositiveOrZero @Digits(integer = 7, fraction = 2) BigDecimal copayPerDay,
		@NotNull @PositiveOrZero @Digits(integer = 7, fraction = 2) BigDecimal deductibleRemaining) {
}

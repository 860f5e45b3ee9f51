package org.clinicops.intake.screening;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.clinicops.contracts.LevelOfCare;

public record DecisionForm(@NotNull DecisionOutcome outcome, @NotNull LevelOfCare levelOfCare,
		@Size(max = 2000) String reason, LocalDate startDate) {
}

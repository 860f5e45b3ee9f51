package org.clinicops.scheduling.clinicians;

import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.clinicops.contracts.Focus;

public record TherapistForm(@NotBlank @Size(max = 100) String name, @NotNull @Min(1) @Max(60) Integer caseloadCapacity,
		@NotEmpty Set<@NotNull Focus> specialties, @Size(max = 14) List<@NotNull @Valid WorkingDay> workingHours) {
}

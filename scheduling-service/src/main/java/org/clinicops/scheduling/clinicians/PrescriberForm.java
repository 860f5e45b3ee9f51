package org.clinicops.scheduling.clinicians;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record PrescriberForm(@NotBlank @Size(max = 100) String name,
		@NotEmpty @Size(max = 14) List<@NotNull @Valid WorkingDay> workingHours) {
}

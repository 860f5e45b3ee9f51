package org.clinicops.scheduling.groups;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A change to a group: what may change while people are in it. Its focus, cohort and track stay,
 * since its members were matched on them.
 */
public record GroupChange(@NotBlank @Size(max = 100) String name, @NotBlank @Size(max = 100) String facilitator,
		@NotNull @Min(1) @Max(50) Integer capacity, @NotEmpty @Size(max = 14) List<@NotNull @Valid Meeting> meetings) {
}

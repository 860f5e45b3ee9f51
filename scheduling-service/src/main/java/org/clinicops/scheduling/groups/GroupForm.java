package org.clinicops.scheduling.groups;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.clinicops.contracts.Cohort;
import org.clinicops.contracts.Focus;
import org.clinicops.contracts.Track;

/** A new group; capacity defaults to the clinic's usual 12. */
public record GroupForm(@NotBlank @Size(max = 100) String name, @NotNull Focus focus, @NotNull Cohort cohort,
		@NotNull Track track, @Min(1) @Max(50) Integer capacity, @NotBlank @Size(max = 100) String facilitator,
		@NotEmpty @Size(max = 14) List<@NotNull @Valid Meeting> meetings) {

	static final int DEFAULT_CAPACITY = 12;

	int capacityOrDefault() {
		return (this.capacity != null) ? this.capacity : DEFAULT_CAPACITY;
	}

}

package org.clinicops.intake.request;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

public record Insurance(@NotBlank @Size(max = 100) String payer, @NotBlank @Size(max = 50) String memberId) {
}

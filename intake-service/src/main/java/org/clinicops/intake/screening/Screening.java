package org.clinicops.intake.screening;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.clinicops.contracts.Cohort;
import org.clinicops.contracts.Focus;

/**
 * A clinician's screening of an evaluation request: the criteria of the clinic's IOP admission
 * guidance. Every yes/no criterion must be answered; none defaults silently to "no".
 */
public record Screening(@NotNull Boolean needsDetox, @NotNull Boolean needs24HourSupervision,
		@NotNull Boolean dangerToSelfOrOthers, @NotNull Boolean supportSystemAtHome,
		@NotNull Boolean substanceFreeHome, @NotNull CoOccurringSeverity coOccurringSeverity,
		@NotNull Boolean continuingWorkOrSchool, @NotNull Boolean steppingDownFromInpatient,
		@NotNull Boolean adolescent, @NotNull Focus primaryFocus, @NotNull Cohort cohort,
		@NotNull Boolean needsMedicationManagement, @NotNull Boolean needsPsychiatricCare, @NotNull Boolean pregnant,
		@NotNull Boolean injectionDrugUse, @Size(max = 4000) String notes) {
}

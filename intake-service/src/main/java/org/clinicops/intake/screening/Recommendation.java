package org.clinicops.intake.screening;

import java.util.List;

import org.clinicops.contracts.LevelOfCare;

/** The recommended level of care and, for the clinician, why. */
public record Recommendation(LevelOfCare levelOfCare, List<String> reasons) {
}

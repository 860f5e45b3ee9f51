package org.clinicops.scheduling.clinicians;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** A psychiatrist or psychiatric nurse practitioner: psychiatric evaluations and medication management. */
@Document("prescribers")
public record Prescriber(@Id String id, String name, List<WorkingDay> workingHours) {
}

package org.clinicops.scheduling.census;

import java.time.Instant;

import org.clinicops.contracts.StaffRole;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** An urgent staff alert not yet acknowledged, as the census learns it from the alerts topic. */
@Document("open_urgent_alerts")
public record OpenUrgentAlert(@Id String alertId, String evaluationId, String alertType, StaffRole recipientRole,
		Instant raisedAt) {
}

package org.clinicops.contracts;

import java.time.Instant;

/** An alert for staff; {@code recipient} names a staff member, or is absent when the role receives it. */
public record AlertRaised(String alertId, String evaluationId, String alertType, AlertPriority priority,
		StaffRole recipientRole, String recipient, String link, Instant raisedAt) implements ClinicEvent {
}

package org.clinicops.contracts;

import java.time.Instant;

/** A staff member acknowledged an alert; {@code acknowledgedBy} is their staff login, never a patient's detail. */
public record AlertAcknowledged(String alertId, String evaluationId, String acknowledgedBy, Instant acknowledgedAt)
		implements ClinicEvent {
}

package org.clinicops.contracts;

import java.time.Instant;

/** An alert was not acknowledged in time: it is sent again and the program director is alerted. */
public record AlertEscalated(String alertId, String evaluationId, AlertPriority priority, Instant escalatedAt)
		implements ClinicEvent {
}

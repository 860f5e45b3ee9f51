package org.clinicops.notification.alerts;

import java.time.Instant;

import org.clinicops.contracts.AlertPriority;
import org.clinicops.contracts.StaffRole;
import org.clinicops.notification.routing.AlertType;

public record AlertView(String id, AlertType type, AlertPriority priority, StaffRole recipientRole, String recipient,
		String text, String link, AlertStatus status, Instant createdAt, String sourceEventId, String evaluationId,
		String acknowledgedBy, Instant acknowledgedAt) {

	static AlertView of(Alert alert) {
		return new AlertView(alert.id(), alert.type(), alert.priority(), alert.recipientRole(), alert.recipient(),
				alert.text(), alert.link(), alert.status(), alert.createdAt(), alert.sourceEventId(),
				alert.evaluationId(), alert.acknowledgedBy(), alert.acknowledgedAt());
	}

}

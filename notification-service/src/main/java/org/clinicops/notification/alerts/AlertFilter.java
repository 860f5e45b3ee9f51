package org.clinicops.notification.alerts;

import org.clinicops.contracts.AlertPriority;
import org.clinicops.contracts.StaffRole;

/** What staff narrow the alert list by; each filter left null matches every alert. */
public record AlertFilter(AlertStatus status, StaffRole role, AlertPriority priority, String recipient,
		String evaluationId) {
}

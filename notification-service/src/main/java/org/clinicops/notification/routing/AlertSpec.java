package org.clinicops.notification.routing;

import org.clinicops.contracts.AlertPriority;
import org.clinicops.contracts.StaffRole;

/**
 * An alert to raise: for a role, or for a named staff member holding that role. The text names
 * the person by initials only and carries no clinical or contact detail.
 */
public record AlertSpec(AlertType alertType, AlertPriority priority, StaffRole recipientRole, String recipient,
		String text, String link) {
}

package org.clinicops.contracts;

import java.time.Instant;

/**
 * A person's group, at placement or by a transfer; {@code previousGroupId} names the group a transfer
 * moved them from and is null at placement.
 */
public record GroupAssigned(String evaluationId, String enrollmentId, String initials, String groupId,
		String groupName, String facilitator, Track track, String previousGroupId, Instant assignedAt)
		implements ClinicEvent {
}

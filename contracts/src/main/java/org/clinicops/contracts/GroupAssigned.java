package org.clinicops.contracts;

import java.time.Instant;

public record GroupAssigned(String evaluationId, String enrollmentId, String initials, String groupId,
		String groupName, String facilitator, Track track, Instant assignedAt) implements ClinicEvent {
}

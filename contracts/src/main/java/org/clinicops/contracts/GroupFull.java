package org.clinicops.contracts;

import java.time.Instant;

/**
 * The last seat of a group was taken. Keyed by the evaluation of the person who took it, so that it
 * follows their group assignment.
 */
public record GroupFull(String evaluationId, String groupId, Focus focus, Cohort cohort, Track track, int capacity,
		Instant fullAt) implements ClinicEvent {
}

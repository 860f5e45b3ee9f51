package org.clinicops.contracts;

import java.time.Instant;

/** A person left the program; their seat and caseload place are free again. */
public record PatientDischarged(String evaluationId, String enrollmentId, String initials, DischargeReason reason,
		Instant dischargedAt) implements ClinicEvent {
}

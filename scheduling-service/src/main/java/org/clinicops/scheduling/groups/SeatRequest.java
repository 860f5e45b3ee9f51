package org.clinicops.scheduling.groups;

import java.time.LocalDate;

/** Who asks for a seat, for what, from when; the ids let a full group's event follow the person's. */
public record SeatRequest(String enrollmentId, String evaluationId, String initials, String correlationId,
		Placement placement, LocalDate startDate) {
}

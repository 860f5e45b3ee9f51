package org.clinicops.scheduling.calendar;

/** Whom an appointment is for: an active enrollment, by its ids and initials only. */
record Person(String enrollmentId, String evaluationId, String initials, String correlationId) {
}

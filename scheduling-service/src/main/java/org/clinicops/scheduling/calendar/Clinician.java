package org.clinicops.scheduling.calendar;

import org.clinicops.scheduling.clinicians.WorkingHours;

/** A therapist or a prescriber, as a calendar sees them. */
public record Clinician(String id, String name, WorkingHours workingHours) {
}

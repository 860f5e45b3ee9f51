package org.clinicops.intake.request;

import java.time.Instant;

/** One step in a request's life: when, who, and what they did. */
public record HistoryEntry(Instant at, String by, String what) {
}

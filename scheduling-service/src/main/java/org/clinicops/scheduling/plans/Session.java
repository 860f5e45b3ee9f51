package org.clinicops.scheduling.plans;

import java.time.LocalDateTime;

/** One session of a weekly plan, in the clinic's local time. */
public record Session(SessionKind kind, LocalDateTime start, int minutes, String title) {

	LocalDateTime end() {
		return this.start.plusMinutes(this.minutes);
	}

	boolean overlaps(LocalDateTime otherStart, int otherMinutes) {
		return this.start.isBefore(otherStart.plusMinutes(otherMinutes)) && otherStart.isBefore(end());
	}

}

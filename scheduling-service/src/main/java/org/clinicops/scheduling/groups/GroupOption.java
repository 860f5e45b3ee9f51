package org.clinicops.scheduling.groups;

import java.time.LocalDateTime;

import org.clinicops.contracts.Cohort;
import org.clinicops.contracts.Focus;
import org.clinicops.contracts.Track;

/** What the matcher needs to know of a group. */
public record GroupOption(String id, Focus focus, Cohort cohort, Track track, int capacity, int seatsLeft,
		LocalDateTime nextMeeting) {

	double occupancy() {
		return (this.capacity == 0) ? 1.0 : (this.capacity - this.seatsLeft) / (double) this.capacity;
	}

}

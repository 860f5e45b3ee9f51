package org.clinicops.scheduling.groups;

import java.time.LocalDateTime;

import org.clinicops.common.events.Cohort;
import org.clinicops.common.events.Focus;
import org.clinicops.common.events.Track;

/** What the matcher needs to know of a group. */
public record GroupOption(String id, Focus focus, Cohort cohort, Track track, int capacity, int seatsLeft,
		LocalDateTime nextMeeting) {

	double occupancy() {
		return (this.capacity == 0) ? 1.0 : (this.capacity - this.seatsLeft) / (double) this.capacity;
	}

}

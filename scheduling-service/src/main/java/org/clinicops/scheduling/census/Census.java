package org.clinicops.scheduling.census;

import java.time.Instant;
import java.util.List;

import org.clinicops.contracts.Focus;
import org.clinicops.contracts.Track;
import org.clinicops.scheduling.waitlist.WaitlistEntry;

/**
 * The program at a glance, for the program director: who is in care by track and focus, how full
 * each open group is, who waits and until when, and which urgent alerts nobody has acknowledged.
 */
public record Census(Instant at, int activeEnrollments, List<ActiveCount> activeByTrackAndFocus,
		List<GroupLoad> groups, List<WaitlistEntry> waitlist, List<OpenUrgentAlert> openUrgentAlerts,
		String lastClosedWeek, List<UnderMinimum> underMinimumLastWeek) {

	/** How many people in care on a track attended fewer hours than their minimum in the last closed week. */
	public record UnderMinimum(Track track, long people) {
	}

	public record ActiveCount(Track track, Focus focus, long active) {
	}

	public record GroupLoad(String id, String name, Track track, Focus focus, int capacity, int taken) {
	}

}

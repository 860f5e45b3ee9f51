package org.clinicops.scheduling.groups;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.clinicops.contracts.Focus;
import org.clinicops.contracts.Track;

/**
 * The open groups with a seat left as read once for a run of placements (the acceptances of one
 * batch of records), by focus and track, kept up to date with the seats the run takes and the
 * groups it finds full: each placement of the run ranks the groups as it would have had it read
 * them itself, and the run reads them once, not once per person (about 45 groups each in the
 * benchmark). Another instance's placements meanwhile are not seen; the conditional update that
 * takes a seat still has the last word, and a group it refuses counts as full for the rest of the run.
 */
public final class SeatSearch {

	private final OpenGroups open;

	private final Map<String, List<Group>> byFocusAndTrack = new HashMap<>();

	private final Map<String, Integer> seatsLeft = new HashMap<>();

	SeatSearch(OpenGroups open) {
		this.open = open;
	}

	/** The open groups of the focus and track that had a seat left when the run first asked. */
	List<Group> withSeatLeft(Focus focus, Track track) {
		return this.byFocusAndTrack.computeIfAbsent(focus + "/" + track, key -> this.open.withSeatLeft(focus, track));
	}

	/** What the matcher ranks: the group as read, with the seats the run has taken since. */
	GroupOption optionOf(Group group, LocalDate startDate) {
		GroupOption read = group.asOption(startDate);
		return new GroupOption(read.id(), read.focus(), read.cohort(), read.track(), read.capacity(),
				seatsLeftIn(group), read.nextMeeting());
	}

	void took(Group group) {
		this.seatsLeft.put(group.id(), Math.max(0, seatsLeftIn(group) - 1));
	}

	void full(Group group) {
		this.seatsLeft.put(group.id(), 0);
	}

	/** The group's seats left as read (every group read is open), less those the run took since. */
	private int seatsLeftIn(Group group) {
		return this.seatsLeft.getOrDefault(group.id(), group.seatsLeft());
	}

}

package org.clinicops.scheduling.groups;

import java.util.Comparator;
import java.util.List;

import org.clinicops.contracts.Cohort;

/**
 * Orders the groups a person may join, best first. A group qualifies when its focus and track
 * match and it has a seat left, and it is either of the person's cohort or a GENERAL group (a
 * women's group does not take a man, a veterans' group takes veterans). Among those: the
 * person's own cohort before GENERAL, then the least-full group (by share of seats taken, so a
 * small group is not filled before a large one), then the earliest next meeting.
 */
public final class GroupMatcher {

	/** Whether the group can take the person at all, seats aside. */
	public boolean accepts(Placement placement, GroupOption group) {
		return group.focus() == placement.focus() && group.track() == placement.track()
				&& (group.cohort() == placement.cohort() || group.cohort() == Cohort.GENERAL);
	}

	public List<GroupOption> rank(Placement placement, List<GroupOption> groups) {
		Comparator<GroupOption> ownCohortFirst = Comparator
			.comparing(group -> group.cohort() == placement.cohort() ? 0 : 1);
		return groups.stream()
			.filter(group -> accepts(placement, group))
			.filter(group -> group.seatsLeft() > 0)
			.sorted(ownCohortFirst.thenComparingDouble(GroupOption::occupancy)
				.thenComparing(GroupOption::nextMeeting)
				.thenComparing(GroupOption::id))
			.toList();
	}

}

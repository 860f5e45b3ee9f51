package org.clinicops.scheduling.groups;

import java.util.List;

import org.clinicops.contracts.Cohort;
import org.clinicops.contracts.Focus;
import org.clinicops.contracts.Track;

public record GroupView(String id, String name, Focus focus, Cohort cohort, Track track, String facilitator,
		int capacity, int seatsLeft, int utilisationPercent, boolean open, List<Meeting> meetings) {

	public static GroupView of(Group group) {
		return new GroupView(group.id(), group.name(), group.focus(), group.cohort(), group.track(),
				group.facilitator(), group.capacity(), group.seatsLeft(),
				Math.round(100f * group.seatsTaken() / group.capacity()), group.isOpen(), group.meetings());
	}

}

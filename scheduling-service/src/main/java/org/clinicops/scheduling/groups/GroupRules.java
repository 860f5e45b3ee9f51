package org.clinicops.scheduling.groups;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import org.clinicops.common.web.FieldError;
import org.clinicops.contracts.Track;

/**
 * What makes a group's weekly meetings valid: each inside its track's hours, and no two of them
 * overlapping.
 */
public final class GroupRules {

	private final TrackHours hours;

	public GroupRules(TrackHours hours) {
		this.hours = hours;
	}

	public List<FieldError> check(Track track, List<Meeting> meetings) {
		List<FieldError> errors = new ArrayList<>();
		TrackHours.Window window = this.hours.of(track);
		for (int i = 0; i < meetings.size(); i++) {
			Meeting meeting = meetings.get(i);
			if (!window.contains(meeting.start(), meeting.minutes())) {
				errors.add(new FieldError("meetings[" + i + "]",
						"must lie within the " + track + " track's hours, " + window));
			}
			for (int j = 0; j < i; j++) {
				if (overlap(meetings.get(j), meeting)) {
					errors.add(new FieldError("meetings[" + i + "]", "overlaps meetings[" + j + "]"));
				}
			}
		}
		return errors;
	}

	private static boolean overlap(Meeting a, Meeting b) {
		if (a.day() != b.day()) {
			return false;
		}
		LocalTime aEnd = a.start().plusMinutes(a.minutes());
		LocalTime bEnd = b.start().plusMinutes(b.minutes());
		return a.start().isBefore(bEnd) && b.start().isBefore(aEnd);
	}

}

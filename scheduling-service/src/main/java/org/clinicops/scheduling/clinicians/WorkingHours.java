package org.clinicops.scheduling.clinicians;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.clinicops.contracts.Track;
import org.clinicops.scheduling.groups.TrackHours;

/** A clinician's week of working hours; one without stated hours works the tracks' hours on weekdays. */
public record WorkingHours(List<WorkingDay> days) {

	private static final EnumSet<DayOfWeek> WEEKDAYS = EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);

	public WorkingHours {
		days = List.copyOf(days);
	}

	/** The hours stated, or, where none were, the morning and evening tracks' hours Monday to Friday. */
	public static WorkingHours statedOr(List<WorkingDay> stated, TrackHours tracks) {
		if (stated != null && !stated.isEmpty()) {
			return new WorkingHours(stated);
		}
		List<WorkingDay> days = new ArrayList<>();
		for (DayOfWeek day : WEEKDAYS) {
			for (Track track : Track.values()) {
				days.add(new WorkingDay(day, tracks.of(track).start(), tracks.of(track).end()));
			}
		}
		return new WorkingHours(days);
	}

	public boolean covers(LocalDateTime start, int minutes) {
		return this.days.stream().anyMatch(day -> day.covers(start.getDayOfWeek(), start.toLocalTime(), minutes));
	}

}

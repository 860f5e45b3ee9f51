package org.clinicops.scheduling.groups;

import java.time.LocalTime;
import java.util.Map;

import org.clinicops.contracts.Track;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The hours of each track, within which every group meeting and individual session lies.
 *
 * @param morning the morning track's window (default 08:00 to 13:00)
 * @param evening the evening track's window (default 17:00 to 21:30)
 */
@ConfigurationProperties("clinic.scheduling.hours")
public record ProgramHoursProperties(@DefaultValue({ "08:00", "13:00" }) Window morning,
		@DefaultValue({ "17:00", "21:30" }) Window evening) {

	public record Window(LocalTime start, LocalTime end) {
	}

	public TrackHours trackHours() {
		return new TrackHours(Map.of(Track.MORNING, new TrackHours.Window(this.morning.start(), this.morning.end()),
				Track.EVENING, new TrackHours.Window(this.evening.start(), this.evening.end())));
	}

}

package org.clinicops.scheduling.groups;

import java.time.LocalTime;
import java.util.Map;

import org.clinicops.contracts.Track;

/** The hours of the day each track's sessions must lie within. */
public final class TrackHours {

	/** A window of the day, from its start to its end. */
	public record Window(LocalTime start, LocalTime end) {

		public boolean contains(LocalTime from, int minutes) {
			LocalTime to = from.plusMinutes(minutes);
			return !from.isBefore(this.start) && !to.isAfter(this.end) && !to.isBefore(from);
		}

		@Override
		public String toString() {
			return this.start + " to " + this.end;
		}

	}

	private final Map<Track, Window> windows;

	public TrackHours(Map<Track, Window> windows) {
		this.windows = Map.copyOf(windows);
	}

	public Window of(Track track) {
		return this.windows.get(track);
	}

}

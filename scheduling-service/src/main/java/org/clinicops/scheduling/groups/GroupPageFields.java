package org.clinicops.scheduling.groups;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.clinicops.contracts.Cohort;
import org.clinicops.contracts.Focus;
import org.clinicops.contracts.Track;

import static org.clinicops.common.pages.FormValues.choice;
import static org.clinicops.common.pages.FormValues.given;
import static org.clinicops.common.pages.FormValues.wholeNumber;

/**
 * The new-group form as the browser posts it: text, with up to three weekly meetings, read into a
 * {@link GroupForm} so that the API's validation judges it. What cannot be read is reported by field.
 */
public record GroupPageFields(String name, String focus, String cohort, String track, String capacity,
		String facilitator, List<String> day, List<String> start, List<String> minutes) {

	static final int MEETING_ROWS = 3;

	static GroupPageFields empty() {
		return new GroupPageFields(null, null, null, null, "12", null, List.of(), List.of(), List.of());
	}

	public String dayAt(int row) {
		return at(this.day, row);
	}

	public String startAt(int row) {
		return at(this.start, row);
	}

	public String minutesAt(int row) {
		return at(this.minutes, row);
	}

	GroupForm toForm(Map<String, String> errors) {
		List<Meeting> meetings = new ArrayList<>();
		for (int row = 0; row < MEETING_ROWS; row++) {
			if (given(dayAt(row)) || given(startAt(row)) || given(minutesAt(row))) {
				String field = "meetings[" + meetings.size() + "]";
				try {
					meetings.add(new Meeting(DayOfWeek.valueOf(dayAt(row)), LocalTime.parse(startAt(row)),
							Integer.valueOf(minutesAt(row))));
				}
				catch (IllegalArgumentException | NullPointerException | DateTimeParseException ex) {
					errors.put(field, "give a day, a start time (HH:mm) and minutes");
				}
			}
		}
		Integer seats = wholeNumber("capacity", this.capacity, errors);
		return new GroupForm(this.name, choice("focus", this.focus, Focus.class, errors),
				choice("cohort", this.cohort, Cohort.class, errors), choice("track", this.track, Track.class, errors),
				seats, this.facilitator, meetings);
	}

	private static String at(List<String> values, int row) {
		return (values != null && row < values.size()) ? values.get(row) : null;
	}


}

package org.clinicops.scheduling.clinicians;

import java.time.DayOfWeek;
import java.time.LocalTime;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;

/** The hours a clinician works on one day of the week. */
public record WorkingDay(@NotNull DayOfWeek day, @NotNull LocalTime start, @NotNull LocalTime end) {

	@AssertTrue(message = "must end after it starts")
	boolean isEndAfterStart() {
		return this.start == null || this.end == null || this.end.isAfter(this.start);
	}

	public boolean covers(DayOfWeek day, LocalTime from, int minutes) {
		LocalTime to = from.plusMinutes(minutes);
		return this.day == day && !from.isBefore(this.start) && !to.isAfter(this.end) && to.isAfter(from);
	}

}

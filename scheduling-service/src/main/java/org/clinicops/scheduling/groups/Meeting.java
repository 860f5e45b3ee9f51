package org.clinicops.scheduling.groups;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;

import com.fasterxml.jackson.annotation.JsonFormat;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/** A weekly meeting of a group. */
public record Meeting(@NotNull DayOfWeek day, @NotNull @JsonFormat(pattern = "HH:mm") LocalTime start,
		@NotNull @Min(15) @Max(240) Integer minutes) {

	/** The first time this meeting takes place on or after the given day. */
	public LocalDateTime firstOnOrAfter(LocalDate date) {
		return date.with(TemporalAdjusters.nextOrSame(this.day)).atTime(this.start);
	}

}

package org.clinicops.common.pages;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** How the pages show a moment: to the minute, in UTC, saying so. */
public final class PageTimes {

	private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
		.withZone(ZoneOffset.UTC);

	public String format(Instant instant) {
		return (instant != null) ? MINUTES.format(instant) : "";
	}

}

package org.clinicops.scheduling.plans;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A weekly plan as iCalendar (RFC 5545): one event per session, times in UTC, lines ended by CRLF
 * and folded at 75 octets, text escaped.
 */
public final class PlanCalendar {

	private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private final ZoneId clinicZone;

	public PlanCalendar(ZoneId clinicZone) {
		this.clinicZone = clinicZone;
	}

	public String render(String enrollmentId, WeeklyPlan plan, Instant stamp) {
		StringBuilder ics = new StringBuilder();
		line(ics, "BEGIN:VCALENDAR");
		line(ics, "VERSION:2.0");
		line(ics, "PRODID:-//Clinic Ops//Weekly plan//EN");
		line(ics, "CALSCALE:GREGORIAN");
		for (Session session : plan.sessions()) {
			Instant start = session.start().atZone(this.clinicZone).toInstant();
			line(ics, "BEGIN:VEVENT");
			line(ics, "UID:" + enrollmentId + "-" + UTC.format(start) + "-" + session.kind() + "@clinic-ops");
			line(ics, "DTSTAMP:" + UTC.format(stamp));
			line(ics, "DTSTART:" + UTC.format(start));
			line(ics, "DTEND:" + UTC.format(start.plusSeconds(session.minutes() * 60L)));
			line(ics, "SUMMARY:" + escape(session.title()));
			line(ics, "CATEGORIES:" + session.kind());
			line(ics, "END:VEVENT");
		}
		line(ics, "END:VCALENDAR");
		return ics.toString();
	}

	private static String escape(String text) {
		return text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n");
	}

	/** Appends a content line, folded so that no line exceeds 75 octets (here: characters of ASCII text). */
	private static void line(StringBuilder ics, String content) {
		int limit = 75;
		int from = 0;
		while (content.length() - from > limit) {
			ics.append(content, from, from + limit).append("\r\n ");
			from += limit;
			limit = 74;
		}
		ics.append(content, from, content.length()).append("\r\n");
	}

}

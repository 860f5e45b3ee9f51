package org.clinicops.scheduling.enrollment;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The community support meetings one person reported in one ISO week ({@code <enrollment>|2026-W50}),
 * so that a plan reads them by id. Self-reported: who recorded each, and when.
 */
@Document("support_meeting_weeks")
record SupportMeetingWeek(@Id String id, List<Reported> meetings) {

	/** One meeting as a staff member recorded it. */
	record Reported(LocalDate date, SupportMeetingKind kind, String recordedBy, Instant recordedAt) {
	}

	static String idFor(String enrollmentId, String isoWeek) {
		return enrollmentId + "|" + isoWeek;
	}

}

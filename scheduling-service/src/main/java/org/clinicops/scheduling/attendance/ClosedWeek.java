package org.clinicops.scheduling.attendance;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An ISO week that ended with every person's hours closed: the sweep that runs every minute
 * finds it by id and reads no enrollment, instead of searching them all for weeks closed long ago.
 */
@Document("hours_weeks_closed")
record ClosedWeek(@Id String week, Instant closedAt) {
}

package org.clinicops.scheduling.attendance;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.clinicops.common.outbox.OutboxAggregate;
import org.clinicops.contracts.EventTypes;
import org.clinicops.contracts.WeekHoursOutOfRange;
import org.clinicops.scheduling.plans.WeeklyPlanner;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One person's attended minutes in one ISO week ({@code <enrollment>|2026-W50}), by session: the
 * latest record of each session counts, so a correction replaces what it corrects. Closed once, by
 * whichever instance's sweep gets there first.
 */
@Document("attended_weeks")
public class AttendedWeek extends OutboxAggregate {

	@Id
	private String id;

	@Version
	private Long version;

	private Map<String, Integer> minutesBySession = new HashMap<>();

	private Instant closedAt;

	protected AttendedWeek() {
	}

	static String idFor(String enrollmentId, String isoWeek) {
		return enrollmentId + "|" + isoWeek;
	}

	static AttendedWeek empty(String enrollmentId, String isoWeek) {
		AttendedWeek week = new AttendedWeek();
		week.id = idFor(enrollmentId, isoWeek);
		return week;
	}

	BigDecimal attendedHours() {
		int minutes = this.minutesBySession.values().stream().mapToInt(Integer::intValue).sum();
		return BigDecimal.valueOf(minutes).divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
	}

	boolean closed() {
		return this.closedAt != null;
	}

	/** What closing the week tells the therapist and the director: something only when its hours lie outside the range. */
	Optional<WeekHoursOutOfRange> outOfRange(Person person, String isoWeek, BigDecimal minimum, Instant now) {
		BigDecimal attended = attendedHours();
		boolean under = attended.compareTo(minimum) < 0;
		if (!under && attended.compareTo(WeeklyPlanner.MAXIMUM) < 0) {
			return Optional.empty();
		}
		return Optional.of(new WeekHoursOutOfRange(person.evaluationId(), person.enrollmentId(), person.initials(),
				isoWeek, attended, minimum, WeeklyPlanner.MAXIMUM, under, person.therapistName(), now));
	}

	/** A week nobody attended anything of, closed as it is first stored. */
	void closeUnattended(Optional<WeekHoursOutOfRange> outOfRange, Instant now) {
		this.closedAt = now;
		outOfRange.ifPresent(event -> register(EventTypes.WEEK_HOURS_OUT_OF_RANGE, event, null));
	}

	boolean stored() {
		return this.version != null;
	}

	long version() {
		return this.version;
	}

	/** Whom a closed week is about. */
	record Person(String enrollmentId, String evaluationId, String initials, String therapistName) {
	}

	public String id() {
		return this.id;
	}

}

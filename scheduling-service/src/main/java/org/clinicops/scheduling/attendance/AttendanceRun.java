package org.clinicops.scheduling.attendance;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.clinicops.common.outbox.OutboxAggregate;
import org.clinicops.contracts.AttendanceStatus;
import org.clinicops.contracts.EventTypes;
import org.clinicops.contracts.SessionsMissed;
import org.clinicops.scheduling.enrollment.WeekAttendance;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person's run of sessions: the latest status of each, in session order, and the streaks of
 * missed sessions already told, so each streak is told once.
 */
@Document("attendance_runs")
public class AttendanceRun extends OutboxAggregate {

	@Id
	private String id;

	@Version
	private Long version;

	private String evaluationId;

	private String initials;

	/** Each session's latest status by its order key: the session's start, then its id. */
	private Map<String, AttendanceStatus> statusBySession = new HashMap<>();

	private Set<String> toldStreaks = new HashSet<>();

	protected AttendanceRun() {
	}

	static AttendanceRun of(String enrollmentId, String evaluationId, String initials) {
		AttendanceRun run = new AttendanceRun();
		run.id = enrollmentId;
		run.evaluationId = evaluationId;
		run.initials = initials;
		return run;
	}

	/** Records a session's latest status, and tells of every streak of missed sessions not told yet. */
	void record(ClinicSession session, AttendanceStatus status, String therapistName, Instant now) {
		this.statusBySession.put(orderKey(session.start(), session.id()), status);
		for (MissedStreaks.Streak streak : MissedStreaks.untold(this.statusBySession, this.toldStreaks)) {
			this.toldStreaks.add(streak.first());
			register(EventTypes.SESSIONS_MISSED, new SessionsMissed(this.evaluationId, this.id, this.initials,
					sessionIdOf(streak.first()), startOf(streak.first()), startOf(streak.last()), therapistName, now), null);
		}
	}

	/** The sessions whose start lies in the week of the given Monday, in order, with their latest status. */
	List<WeekAttendance.Attended> inWeekOf(LocalDate monday) {
		return new TreeMap<>(this.statusBySession).entrySet()
			.stream()
			.filter(session -> {
				LocalDate day = startOf(session.getKey()).toLocalDate();
				return !day.isBefore(monday) && day.isBefore(monday.plusWeeks(1));
			})
			.map(session -> new WeekAttendance.Attended(startOf(session.getKey()), sessionIdOf(session.getKey()),
					session.getValue()))
			.toList();
	}

	private static String orderKey(LocalDateTime start, String sessionId) {
		return start + " " + sessionId;
	}

	private static LocalDateTime startOf(String orderKey) {
		return LocalDateTime.parse(orderKey.substring(0, orderKey.indexOf(' ')));
	}

	private static String sessionIdOf(String orderKey) {
		return orderKey.substring(orderKey.indexOf(' ') + 1);
	}

}

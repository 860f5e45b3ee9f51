package org.clinicops.scheduling.attendance;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.clinicops.contracts.ClinicalSessionKind;

/**
 * One session people are expected at: a group's meeting on a date (who is expected comes from the
 * roster that day, never from a copied list) or an appointment. Its id names it:
 * {@code G-<group id>-<yyyyMMddHHmm>} or {@code A-<appointment id>}.
 */
public record ClinicSession(String id, ClinicalSessionKind kind, String groupId, String appointmentId,
		LocalDateTime start, int minutes, List<Expected> expected) {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmm");

	/** A person expected at the session. */
	public record Expected(String enrollmentId, String initials) {
	}

	static String groupSessionId(String groupId, LocalDateTime start) {
		return "G-" + groupId + "-" + start.format(STAMP);
	}

	static String appointmentSessionId(String appointmentId) {
		return "A-" + appointmentId;
	}

	/** The group and start a group session's id names; nothing for any other id. */
	static Optional<GroupMeetingRef> groupMeetingOf(String sessionId) {
		if (!sessionId.startsWith("G-") || sessionId.length() < 2 + 1 + 12 + 1) {
			return Optional.empty();
		}
		String stamp = sessionId.substring(sessionId.length() - 12);
		try {
			return Optional.of(new GroupMeetingRef(sessionId.substring(2, sessionId.length() - 13),
					LocalDateTime.parse(stamp, STAMP)));
		}
		catch (RuntimeException ex) {
			return Optional.empty();
		}
	}

	record GroupMeetingRef(String groupId, LocalDateTime start) {
	}

	public boolean expects(String enrollmentId) {
		return this.expected.stream().anyMatch(person -> person.enrollmentId().equals(enrollmentId));
	}

	public LocalDateTime end() {
		return this.start.plusMinutes(this.minutes);
	}

}

package org.clinicops.scheduling.attendance;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.clinicops.common.outbox.OutboxAggregate;
import org.clinicops.contracts.AttendanceMode;
import org.clinicops.contracts.AttendanceRecorded;
import org.clinicops.contracts.AttendanceStatus;
import org.clinicops.contracts.ClinicalSessionKind;
import org.clinicops.contracts.EventTypes;
import org.clinicops.contracts.ExcuseReason;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One person's attendance of one session, with its history: a correction is a new record that
 * supersedes the earlier one, saying who, when and why; nothing is overwritten.
 */
@Document("attendance")
public class AttendanceSheet extends OutboxAggregate {

	/** One record as taken or corrected. */
	public record Entry(AttendanceStatus status, int minutesAttended, AttendanceMode mode, ExcuseReason excuseReason,
			String correctionReason, String recordedBy, Instant recordedAt) {
	}

	@Id
	private String id;

	@Version
	private Long version;

	private String sessionId;

	private String enrollmentId;

	private String evaluationId;

	private ClinicalSessionKind sessionKind;

	private LocalDateTime sessionStart;

	private int sessionMinutes;

	private List<Entry> records = new ArrayList<>();

	protected AttendanceSheet() {
	}

	static String idFor(String sessionId, String enrollmentId) {
		return sessionId + "|" + enrollmentId;
	}

	static AttendanceSheet open(ClinicSession session, String enrollmentId, String evaluationId) {
		AttendanceSheet sheet = new AttendanceSheet();
		sheet.id = idFor(session.id(), enrollmentId);
		sheet.sessionId = session.id();
		sheet.enrollmentId = enrollmentId;
		sheet.evaluationId = evaluationId;
		sheet.sessionKind = session.kind();
		sheet.sessionStart = session.start();
		sheet.sessionMinutes = session.minutes();
		return sheet;
	}

	void record(Entry entry) {
		boolean correction = !this.records.isEmpty();
		this.records.add(entry);
		register(EventTypes.ATTENDANCE_RECORDED, new AttendanceRecorded(this.evaluationId, this.enrollmentId,
				this.sessionId, this.sessionKind, this.sessionStart, this.sessionMinutes, entry.status(),
				entry.minutesAttended(), entry.mode(), entry.excuseReason(), correction, entry.recordedAt()), null);
	}

	public Optional<Entry> current() {
		return this.records.isEmpty() ? Optional.empty() : Optional.of(this.records.get(this.records.size() - 1));
	}

	public List<Entry> history() {
		return List.copyOf(this.records);
	}

	public String id() {
		return this.id;
	}

}

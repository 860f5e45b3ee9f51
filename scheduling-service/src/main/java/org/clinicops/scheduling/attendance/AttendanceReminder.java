package org.clinicops.scheduling.attendance;

import java.time.Instant;

import org.clinicops.common.outbox.OutboxAggregate;
import org.clinicops.contracts.AttendanceUnrecorded;
import org.clinicops.contracts.EventTypes;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The reminder that a group meeting's attendance was not taken, stored once under the session's
 * id: a second sweep, on this instance or another, finds the id taken and reminds no one again.
 */
@Document("attendance_reminders")
public class AttendanceReminder extends OutboxAggregate {

	@Id
	private String id;

	private Instant remindedAt;

	protected AttendanceReminder() {
	}

	static AttendanceReminder of(AttendanceUnrecorded unrecorded) {
		AttendanceReminder reminder = new AttendanceReminder();
		reminder.id = unrecorded.sessionId();
		reminder.remindedAt = unrecorded.raisedAt();
		reminder.register(EventTypes.ATTENDANCE_UNRECORDED, unrecorded, null);
		return reminder;
	}

}

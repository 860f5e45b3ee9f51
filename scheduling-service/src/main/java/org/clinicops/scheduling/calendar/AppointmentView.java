package org.clinicops.scheduling.calendar;

import java.time.Instant;
import java.time.LocalDateTime;

import org.clinicops.contracts.AppointmentKind;
import org.clinicops.contracts.CancellationReason;

public record AppointmentView(String id, String enrollmentId, String initials, AppointmentKind kind,
		String clinicianId, String clinicianName, LocalDateTime start, int minutes, Appointment.Status status,
		CancellationReason cancellationReason, Instant cancelledAt) {

	static AppointmentView of(Appointment appointment) {
		return new AppointmentView(appointment.id(), appointment.enrollmentId(), appointment.initials(),
				appointment.kind(), appointment.clinicianId(), appointment.clinicianName(), appointment.start(),
				appointment.minutes(), appointment.status(), appointment.cancellationReason(), appointment.cancelledAt());
	}

}

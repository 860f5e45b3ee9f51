package org.clinicops.scheduling.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.clinicops.contracts.AppointmentKind;
import org.clinicops.scheduling.enrollment.BookedAppointments;
import org.clinicops.scheduling.plans.Session;
import org.clinicops.scheduling.plans.SessionKind;

import org.springframework.stereotype.Component;

/** A person's booked appointments of a week as sessions of their plan. */
@Component
class AppointmentSessions implements BookedAppointments {

	private static final Map<AppointmentKind, SessionKind> KINDS = Map.of(AppointmentKind.INDIVIDUAL,
			SessionKind.INDIVIDUAL, AppointmentKind.MEDICATION_MANAGEMENT, SessionKind.MEDICATION_MANAGEMENT,
			AppointmentKind.PSYCHIATRIC_EVALUATION, SessionKind.PSYCHIATRIC_EVALUATION);

	private static final Map<AppointmentKind, String> TITLES = Map.of(AppointmentKind.INDIVIDUAL,
			"Individual counseling with ", AppointmentKind.MEDICATION_MANAGEMENT, "Medication management with ",
			AppointmentKind.PSYCHIATRIC_EVALUATION, "Psychiatric evaluation with ");

	private final AppointmentBook book;

	AppointmentSessions(AppointmentBook book) {
		this.book = book;
	}

	@Override
	public List<Session> inWeekOf(String enrollmentId, LocalDate monday) {
		return this.book.of(enrollmentId, monday, monday.plusDays(6))
			.stream()
			.filter(appointment -> appointment.status() == Appointment.Status.BOOKED)
			.map(appointment -> new Session(KINDS.get(appointment.kind()), appointment.start(), appointment.minutes(),
					TITLES.get(appointment.kind()) + appointment.clinicianName()))
			.toList();
	}

}

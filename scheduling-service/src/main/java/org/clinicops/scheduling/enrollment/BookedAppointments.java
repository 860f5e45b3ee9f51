package org.clinicops.scheduling.enrollment;

import java.time.LocalDate;
import java.util.List;

import org.clinicops.scheduling.plans.Session;

/**
 * The appointments booked for a person in a week, as sessions of their plan. The calendar provides
 * them; the enrollment's plan only reads them, so that enrollment does not depend on calendars.
 */
public interface BookedAppointments {

	List<Session> inWeekOf(String enrollmentId, LocalDate monday);

}

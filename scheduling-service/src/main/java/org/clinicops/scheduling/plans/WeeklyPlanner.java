package org.clinicops.scheduling.plans;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.clinicops.common.web.InvalidFieldException;
import org.clinicops.scheduling.groups.Meeting;
import org.clinicops.scheduling.groups.TrackHours;

/**
 * Lays out a person's week: their group's meetings; one individual counseling session and one
 * education session, each at the first free time within the track's hours on a weekday that
 * clashes with nothing else in the week; and, when screened as needed, medication management in
 * every other week from the start. Sessions before the start date are not planned.
 */
public final class WeeklyPlanner {

	public static final int INDIVIDUAL_MINUTES = 60;

	static final int EDUCATION_MINUTES = 60;

	public static final int MEDICATION_MINUTES = 30;

	private static final int SLOT_STEP_MINUTES = 30;

	private static final BigDecimal ADULT_MINIMUM = BigDecimal.valueOf(9);

	private static final BigDecimal ADOLESCENT_MINIMUM = BigDecimal.valueOf(6);

	/** Weekly hours reach the IOP range's maximum at this many. */
	public static final BigDecimal MAXIMUM = BigDecimal.valueOf(20);

	/** Community support meetings a week the plan asks for, beside the clinical sessions. */
	static final int SUPPORT_MEETING_GOAL = 3;

	/**
	 * What the planner needs to know of a person and their group, and the appointments booked for
	 * the week: those are the plan's individual and prescriber sessions; a kind none is booked for
	 * yet is planned at the first free time, as booking at placement will look for it.
	 */
	public record PlanRequest(LocalDate startDate, String groupName, List<Meeting> groupMeetings,
			TrackHours.Window hours, String therapistName, boolean adolescent, boolean medicationManagement,
			List<Session> appointments) {

		public PlanRequest(LocalDate startDate, String groupName, List<Meeting> groupMeetings, TrackHours.Window hours,
				String therapistName, boolean adolescent, boolean medicationManagement) {
			this(startDate, groupName, groupMeetings, hours, therapistName, adolescent, medicationManagement, List.of());
		}

		boolean booked(SessionKind kind) {
			return this.appointments.stream().anyMatch(session -> session.kind() == kind);
		}

	}

	/** The Monday of an ISO week such as {@code 2026-W50}. */
	public static LocalDate mondayOf(String isoWeek) {
		String[] parts = isoWeek.split("-W");
		LocalDate inYear = LocalDate.of(Integer.parseInt(parts[0]), 1, 4);
		int week = Integer.parseInt(parts[1]);
		if (week > inYear.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum()) {
			throw new InvalidFieldException("week", "names a week the year " + parts[0] + " does not have");
		}
		return inYear.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week).with(DayOfWeek.MONDAY);
	}

	public static String isoWeekOf(LocalDate date) {
		// Not String.format: this names the calendar week of every time a booking considers, and
		// parsing a format string took 5 % of scheduling's CPU in a burst (JFR).
		int week = date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
		return date.get(IsoFields.WEEK_BASED_YEAR) + ((week < 10) ? "-W0" : "-W") + week;
	}

	/** The fewest weekly hours of the IOP range: 9, or 6 for an adolescent. */
	public static BigDecimal minimumHours(boolean adolescent) {
		return adolescent ? ADOLESCENT_MINIMUM : ADULT_MINIMUM;
	}

	public WeeklyPlan plan(PlanRequest request, LocalDate monday) {
		List<Session> sessions = new ArrayList<>();
		for (Meeting meeting : request.groupMeetings()) {
			LocalDate day = monday.with(meeting.day());
			if (!day.isBefore(request.startDate())) {
				sessions.add(new Session(SessionKind.GROUP, day.atTime(meeting.start()), meeting.minutes(),
						"Group: " + request.groupName()));
			}
		}
		sessions.addAll(request.appointments());
		String counselor = (request.therapistName() != null) ? " with " + request.therapistName() : "";
		if (!request.booked(SessionKind.INDIVIDUAL)) {
			place(sessions, request, monday, SessionKind.INDIVIDUAL, INDIVIDUAL_MINUTES, "Individual counseling" + counselor);
		}
		place(sessions, request, monday, SessionKind.EDUCATION, EDUCATION_MINUTES, "Education session");
		if (request.medicationManagement() && !request.booked(SessionKind.MEDICATION_MANAGEMENT)
				&& medicationWeek(request.startDate(), monday)) {
			place(sessions, request, monday, SessionKind.MEDICATION_MANAGEMENT, MEDICATION_MINUTES,
					"Medication management");
		}
		sessions.sort(Comparator.comparing(Session::start));
		BigDecimal hours = BigDecimal.valueOf(sessions.stream().mapToInt(Session::minutes).sum())
			.divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
		BigDecimal minimum = minimumHours(request.adolescent());
		boolean within = hours.compareTo(minimum) >= 0 && hours.compareTo(MAXIMUM) < 0;
		return new WeeklyPlan(isoWeekOf(monday), List.copyOf(sessions), hours, minimum, MAXIMUM, within,
				SUPPORT_MEETING_GOAL, 0);
	}

	private static boolean medicationWeek(LocalDate startDate, LocalDate monday) {
		long weeks = ChronoUnit.WEEKS.between(startDate.with(DayOfWeek.MONDAY), monday);
		return weeks >= 0 && weeks % 2 == 0;
	}

	private static void place(List<Session> sessions, PlanRequest request, LocalDate monday, SessionKind kind,
			int minutes, String title) {
		firstFreeSlot(sessions, request, monday, minutes)
			.ifPresent(start -> sessions.add(new Session(kind, start, minutes, title)));
	}

	private static Optional<LocalDateTime> firstFreeSlot(List<Session> sessions, PlanRequest request, LocalDate monday,
			int minutes) {
		for (int offset = 0; offset < 5; offset++) {
			LocalDate day = monday.plusDays(offset);
			if (day.isBefore(request.startDate())) {
				continue;
			}
			for (LocalTime time = request.hours().start(); request.hours().contains(time, minutes);
					time = time.plusMinutes(SLOT_STEP_MINUTES)) {
				LocalDateTime start = day.atTime(time);
				if (sessions.stream().noneMatch(session -> session.overlaps(start, minutes))) {
					return Optional.of(start);
				}
				if (time.plusMinutes(SLOT_STEP_MINUTES).isBefore(time)) {
					break;
				}
			}
		}
		return Optional.empty();
	}

}

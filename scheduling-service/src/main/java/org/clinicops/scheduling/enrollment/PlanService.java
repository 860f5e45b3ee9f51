package org.clinicops.scheduling.enrollment;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.clinicops.common.web.RecordNotFoundException;
import org.clinicops.common.web.StateConflictException;
import org.clinicops.scheduling.groups.Group;
import org.clinicops.scheduling.groups.GroupService;
import org.clinicops.scheduling.groups.TrackHours;
import org.clinicops.scheduling.plans.Session;
import org.clinicops.scheduling.plans.WeeklyPlan;
import org.clinicops.scheduling.plans.WeeklyPlanner;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Service;

/**
 * An active enrollment's weekly plan, derived when asked from its group's meetings (never
 * copied), and the check of a newly placed person's first full week against the IOP hour range.
 */
@Service
public class PlanService {

	private final Enrollments enrollments;

	private final GroupService groups;

	private final TrackHours hours;

	private final Clock clock;

	private final BookedAppointments appointments;

	private final MongoTemplate mongo;

	private final WeeklyPlanner planner = new WeeklyPlanner();

	PlanService(Enrollments enrollments, GroupService groups, TrackHours hours, Clock clock,
			BookedAppointments appointments, MongoTemplate mongo) {
		this.appointments = appointments;
		this.mongo = mongo;
		this.enrollments = enrollments;
		this.groups = groups;
		this.hours = hours;
		this.clock = clock;
	}

	/** The plan of the ISO week ({@code 2026-W50}); the current week when none is given. */
	public WeeklyPlan planOf(String enrollmentId, String isoWeek) {
		Enrollment enrollment = this.enrollments.findById(enrollmentId)
			.orElseThrow(() -> new RecordNotFoundException("enrollment", enrollmentId));
		LocalDate monday = (isoWeek != null) ? WeeklyPlanner.mondayOf(isoWeek)
				: LocalDate.now(this.clock).with(DayOfWeek.MONDAY);
		if (enrollment.status() != EnrollmentStatus.ACTIVE) {
			throw new StateConflictException("The enrollment is " + enrollment.status()
					+ "; only an ACTIVE enrollment has a weekly plan.");
		}
		SupportMeetingWeek reported = this.mongo.findById(
				SupportMeetingWeek.idFor(enrollment.id(), WeeklyPlanner.isoWeekOf(monday)), SupportMeetingWeek.class);
		return plan(enrollment, this.groups.get(enrollment.groupId()), monday,
				this.appointments.inWeekOf(enrollment.id(), monday))
			.withSupportMeetingsReported((reported != null) ? reported.meetings().size() : 0);
	}

	/**
	 * The first full week of a person just placed in the group, when its hours lie outside the
	 * range: the week that starts on the start date, or on the Monday after it (or after today,
	 * when the start date has passed).
	 */
	Optional<WeeklyPlan> firstWeekOutOfRange(Enrollment enrollment, Group group) {
		LocalDate today = LocalDate.now(this.clock);
		LocalDate from = enrollment.startDate().isBefore(today) ? today : enrollment.startDate();
		LocalDate monday = (from.getDayOfWeek() == DayOfWeek.MONDAY) ? from : from.with(DayOfWeek.MONDAY).plusWeeks(1);
		WeeklyPlan plan = plan(enrollment, group, monday, List.of());
		return plan.withinRange() ? Optional.empty() : Optional.of(plan);
	}

	private WeeklyPlan plan(Enrollment enrollment, Group group, LocalDate monday, List<Session> booked) {
		return this.planner.plan(new WeeklyPlanner.PlanRequest(enrollment.startDate(), group.name(), group.meetings(),
				this.hours.of(enrollment.track()), enrollment.therapistName(), enrollment.adolescent(),
				enrollment.needsMedicationManagement(), booked), monday);
	}

}

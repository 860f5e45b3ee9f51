package org.clinicops.scheduling.plans;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;

import org.clinicops.common.web.StateConflictException;
import org.clinicops.scheduling.enrollment.Enrollment;
import org.clinicops.scheduling.enrollment.EnrollmentPlaced;
import org.clinicops.scheduling.enrollment.EnrollmentService;
import org.clinicops.scheduling.enrollment.EnrollmentStatus;
import org.clinicops.scheduling.enrollment.Enrollments;
import org.clinicops.scheduling.groups.Group;
import org.clinicops.scheduling.groups.GroupService;
import org.clinicops.scheduling.groups.TrackHours;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.event.EventListener;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * An active enrollment's weekly plan, derived when asked from its group's meetings (never
 * copied), and the check that flags a first week outside the IOP hour range to the schedulers.
 */
@Service
public class PlanService {

	private static final Logger log = LoggerFactory.getLogger(PlanService.class);

	private final EnrollmentService enrollments;

	private final Enrollments repository;

	private final GroupService groups;

	private final TrackHours hours;

	private final Clock clock;

	private final WeeklyPlanner planner = new WeeklyPlanner();

	PlanService(EnrollmentService enrollments, Enrollments repository, GroupService groups, TrackHours hours,
			Clock clock) {
		this.enrollments = enrollments;
		this.repository = repository;
		this.groups = groups;
		this.hours = hours;
		this.clock = clock;
	}

	/** The plan of the ISO week ({@code 2026-W50}); the current week when none is given. */
	public WeeklyPlan planOf(String enrollmentId, String isoWeek) {
		Enrollment enrollment = this.enrollments.get(enrollmentId);
		LocalDate monday = (isoWeek != null) ? WeeklyPlanner.mondayOf(isoWeek)
				: LocalDate.now(this.clock).with(DayOfWeek.MONDAY);
		return plan(enrollment, monday);
	}

	private WeeklyPlan plan(Enrollment enrollment, LocalDate monday) {
		if (enrollment.status() != EnrollmentStatus.ACTIVE) {
			throw new StateConflictException("The enrollment is " + enrollment.status()
					+ "; only an ACTIVE enrollment has a weekly plan.");
		}
		Group group = this.groups.get(enrollment.groupId());
		return this.planner.plan(new WeeklyPlanner.PlanRequest(enrollment.startDate(), group.name(), group.meetings(),
				this.hours.of(enrollment.track()), enrollment.therapistName(), enrollment.adolescent(),
				enrollment.needsMedicationManagement()), monday);
	}

	/** Flags the first full week of a newly placed person's plan when its hours are out of range. */
	@EventListener
	void onPlaced(EnrollmentPlaced placed) {
		try {
			Enrollment enrollment = this.enrollments.get(placed.enrollmentId());
			LocalDate from = enrollment.startDate().isBefore(LocalDate.now(this.clock)) ? LocalDate.now(this.clock)
					: enrollment.startDate();
			LocalDate monday = from.getDayOfWeek() == DayOfWeek.MONDAY ? from : from.with(DayOfWeek.MONDAY).plusWeeks(1);
			WeeklyPlan plan = plan(enrollment, monday);
			if (!plan.withinRange()) {
				enrollment.flagPlanOutOfRange(plan.week(), plan.totalHours(), plan.minimumHours(), plan.maximumHours(),
						this.clock.instant());
				this.repository.save(enrollment);
			}
		}
		catch (OptimisticLockingFailureException | StateConflictException ex) {
			log.debug("Plan of {} changed while being checked: {}", placed.enrollmentId(), ex.getMessage());
		}
	}

}

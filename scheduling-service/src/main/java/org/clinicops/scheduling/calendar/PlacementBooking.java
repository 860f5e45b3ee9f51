package org.clinicops.scheduling.calendar;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import org.clinicops.common.web.RecordNotFoundException;
import org.clinicops.contracts.AppointmentKind;
import org.clinicops.contracts.CancellationReason;
import org.clinicops.scheduling.CareDeliveryMetrics;
import org.clinicops.scheduling.clinicians.Prescriber;
import org.clinicops.scheduling.clinicians.Prescribers;
import org.clinicops.scheduling.clinicians.Therapist;
import org.clinicops.scheduling.clinicians.Therapists;
import org.clinicops.scheduling.enrollment.Enrollment;
import org.clinicops.scheduling.enrollment.EnrollmentStatus;
import org.clinicops.scheduling.enrollment.Enrollments;
import org.clinicops.scheduling.groups.GroupService;
import org.clinicops.scheduling.groups.Meeting;
import org.clinicops.scheduling.groups.TrackHours;
import org.clinicops.scheduling.plans.WeeklyPlanner;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Books what a newly placed person's plan needs: the weekly individual session with their primary
 * therapist for the length of their stay, a psychiatric evaluation within 7 days when they need
 * psychiatric care, and medication management every other week with the same prescriber when
 * they need it. From the later of the start date and today. What finds no free time is flagged to
 * the schedulers, once per kind and week. Every appointment's id is derived from the person, the
 * kind and the week, so the whole is safe to run again after a crash or a redelivery.
 */
@Component
class PlacementBooking {

	static final int WEEKS_WHEN_NONE_PLANNED = 12;

	static final int PSYCHIATRIC_EVALUATION_DAYS = 7;

	private static final String BOOKED_BY = "scheduling";

	private final AppointmentBook book;

	private final Enrollments enrollments;

	private final GroupService groups;

	private final Therapists therapists;

	private final Prescribers prescribers;

	private final TrackHours trackHours;

	private final Clock clock;

	private final ZoneId clinicZone;

	private final CareDeliveryMetrics metrics;

	PlacementBooking(AppointmentBook book, Enrollments enrollments, GroupService groups, Therapists therapists,
			Prescribers prescribers, TrackHours trackHours, CareDeliveryMetrics metrics, Clock clock,
			@Value("${clinic.scheduling.time-zone}") ZoneId clinicZone) {
		this.book = book;
		this.metrics = metrics;
		this.enrollments = enrollments;
		this.groups = groups;
		this.therapists = therapists;
		this.prescribers = prescribers;
		this.trackHours = trackHours;
		this.clock = clock;
		this.clinicZone = clinicZone;
	}

	/**
	 * Books for the people placed together (a batch of records), with their reads and writes shared:
	 * their enrollments, groups' meetings, therapists, calendar weeks and any appointments booked
	 * before are read with one query each, and all their weekly sessions taken and stored with one
	 * bulk write each, where a person at a time cost each of them nine round trips. The prescriber
	 * bookings, which few need, follow person by person on the calendars as read. Each person's
	 * appointments and flags are stored in the trace of the event that placed them.
	 */
	void bookFor(List<Placed> people) {
		Map<String, Context> traces = new HashMap<>();
		people.forEach(person -> traces.putIfAbsent(person.enrollmentId(), person.trace()));
		List<Enrollment> placed = this.enrollments.findAllById(traces.keySet())
			.stream()
			.filter(enrollment -> enrollment.status() == EnrollmentStatus.ACTIVE)
			.toList();
		if (placed.isEmpty()) {
			return;
		}
		LocalDateTime now = LocalDateTime.ofInstant(this.clock.instant(), this.clinicZone);
		Map<String, List<Meeting>> meetings = this.groups
			.meetingsOf(placed.stream().map(Enrollment::groupId).collect(Collectors.toSet()));
		Map<String, Clinician> therapists = this.therapists
			.withoutClients(placed.stream().map(Enrollment::therapistId).filter(Objects::nonNull).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(Therapist::id, this.book::asClinician));
		List<Plan> plans = placed.stream()
			.map(enrollment -> plan(enrollment, meetings, now, traces.get(enrollment.id())))
			.toList();
		CalendarRead calendars = this.book.read(plans.stream().flatMap(plan -> plan.weeks().stream()).toList(),
				plans.stream().flatMap(plan -> plan.appointmentIds().stream()).toList());
		bookIndividualSessions(plans, therapists, calendars);
		for (Plan plan : plans) {
			try (Scope placedIn = plan.trace().makeCurrent()) {
				Optional<Clinician> prescriber = Optional.empty();
				if (plan.enrollment().needsPsychiatricCare()) {
					prescriber = bookPsychiatricEvaluation(plan, calendars);
				}
				if (plan.enrollment().needsMedicationManagement()) {
					bookMedicationManagement(plan, prescriber, calendars);
				}
				if (!plan.flagged().isEmpty()) {
					this.enrollments.save(plan.enrollment());
					plan.flagged().forEach(this.metrics::appointmentUnplaceable);
				}
			}
		}
	}

	/** A person placed, by their enrollment, and the trace of the event that said so, which their bookings continue. */
	record Placed(String enrollmentId, Context trace) {
	}

	private Plan plan(Enrollment enrollment, Map<String, List<Meeting>> meetings, LocalDateTime now, Context trace) {
		List<Meeting> groupMeetings = meetings.get(enrollment.groupId());
		if (groupMeetings == null) {
			throw new RecordNotFoundException("group", enrollment.groupId());
		}
		LocalDate from = enrollment.startDate().isBefore(now.toLocalDate()) ? now.toLocalDate() : enrollment.startDate();
		return new Plan(enrollment, new Person(enrollment.id(), enrollment.evaluationId(), enrollment.initials(),
				enrollment.correlationId()), groupMeetings, this.trackHours.of(enrollment.track()), from, now,
				new ArrayList<>(), trace);
	}

	/**
	 * After a transfer, moves each appointment still ahead that now clashes with the new group's
	 * meetings to the first free time of its week, with the same clinician: the new one is booked
	 * before the old one is cancelled, so a re-run finds both steps done or completes them.
	 */
	void rebookClashes(String enrollmentId) {
		Optional<Enrollment> found = this.enrollments.findById(enrollmentId);
		if (found.isEmpty() || found.get().status() != EnrollmentStatus.ACTIVE) {
			return;
		}
		Enrollment enrollment = found.get();
		LocalDateTime now = LocalDateTime.ofInstant(this.clock.instant(), this.clinicZone);
		List<Meeting> meetings = this.groups.get(enrollment.groupId()).meetings();
		Person person = new Person(enrollment.id(), enrollment.evaluationId(), enrollment.initials(),
				enrollment.correlationId());
		List<AppointmentKind> flagged = new ArrayList<>();
		for (Appointment appointment : this.book.of(enrollmentId, now.toLocalDate(), now.toLocalDate().plusDays(91))) {
			if (appointment.status() != Appointment.Status.BOOKED || appointment.start().isBefore(now)
					|| !BookingRules.clashes(appointment.start(), appointment.minutes(), meetings)) {
				continue;
			}
			Optional<Clinician> clinician = this.book.clinician(appointment.clinicianId());
			if (clinician.isEmpty()) {
				continue;
			}
			LocalDate monday = appointment.start().toLocalDate().with(DayOfWeek.MONDAY);
			SlotSearch.Need sameWeek = new SlotSearch.Need(monday.isBefore(now.toLocalDate()) ? now.toLocalDate() : monday,
					monday.plusDays(4), appointment.minutes(), this.trackHours.of(enrollment.track()),
					clinician.get().workingHours(), meetings, now);
			boolean moved = this.book
				.bookFirstFree(new AppointmentBook.Wanted(Appointment.rebookedIdFor(appointment.id()), person,
						appointment.kind(), clinician.get(), SlotSearch.candidates(sameWeek), appointment.minutes(),
						BOOKED_BY), this.book.read(List.of(), List.of()))
				.isPresent();
			if (!moved && enrollment.flagUnplaceable(appointment.kind(), WeeklyPlanner.isoWeekOf(monday),
					this.clock.instant())) {
				flagged.add(appointment.kind());
			}
			this.book.cancel(appointment.id(), CancellationReason.RESCHEDULED, BOOKED_BY);
		}
		if (!flagged.isEmpty()) {
			this.enrollments.save(enrollment);
			flagged.forEach(this.metrics::appointmentUnplaceable);
		}
	}

	/** Cancels a discharged person's appointments from now on and frees their slots. */
	void cancelAfterDischarge(String enrollmentId) {
		this.book.cancelFrom(enrollmentId, LocalDateTime.ofInstant(this.clock.instant(), this.clinicZone),
				WEEKS_WHEN_NONE_PLANNED + 1, CancellationReason.DISCHARGED);
	}

	private record Plan(Enrollment enrollment, Person person, List<Meeting> meetings, TrackHours.Window hours,
			LocalDate from, LocalDateTime now, List<AppointmentKind> flagged, Context trace) {

		/** The weekdays of the n-th week of the stay that lie on or after its first day. */
		SlotSearch.Need week(int week, int minutes, Clinician clinician) {
			LocalDate monday = monday(week);
			return new SlotSearch.Need(monday.isBefore(this.from) ? this.from : monday, monday.plusDays(4), minutes,
					this.hours, clinician.workingHours(), this.meetings, this.now);
		}

		String isoWeek(int week) {
			return WeeklyPlanner.isoWeekOf(monday(week));
		}

		/** The ids of the person's and their therapist's calendar weeks over the stay, for its bookings to read at once. */
		List<String> weeks() {
			List<String> owners = new ArrayList<>(List.of(CalendarSlots.person(this.enrollment.id())));
			Optional.ofNullable(this.enrollment.therapistId()).map(CalendarSlots::clinician).ifPresent(owners::add);
			List<String> weeks = new ArrayList<>();
			for (int week = 0; week < WEEKS_WHEN_NONE_PLANNED; week++) {
				LocalDateTime monday = monday(week).atStartOfDay();
				owners.forEach(owner -> weeks.add(CalendarSlots.weekOf(owner, monday)));
			}
			return weeks;
		}

		/** The ids of every appointment the plan may book, for its bookings to find any booked before at once. */
		List<String> appointmentIds() {
			List<String> ids = new ArrayList<>();
			for (int week = 0; week < WEEKS_WHEN_NONE_PLANNED; week++) {
				ids.add(Appointment.plannedIdFor(this.enrollment.id(), AppointmentKind.INDIVIDUAL, week));
				if (week % 2 == 0 && this.enrollment.needsMedicationManagement()) {
					ids.add(Appointment.plannedIdFor(this.enrollment.id(), AppointmentKind.MEDICATION_MANAGEMENT, week));
				}
			}
			if (this.enrollment.needsPsychiatricCare()) {
				ids.add(Appointment.plannedIdFor(this.enrollment.id(), AppointmentKind.PSYCHIATRIC_EVALUATION, 0));
			}
			return ids;
		}

		/** The Monday of the n-th week of the stay; a stay starting on a weekend starts with the next week. */
		private LocalDate monday(int week) {
			boolean weekend = this.from.getDayOfWeek() == DayOfWeek.SATURDAY || this.from.getDayOfWeek() == DayOfWeek.SUNDAY;
			return (weekend ? this.from.with(TemporalAdjusters.next(DayOfWeek.MONDAY)) : this.from.with(DayOfWeek.MONDAY))
				.plusWeeks(week);
		}

	}

	/**
	 * The weekly individual sessions of every plan with a therapist, booked together; a person no
	 * therapist had room for is left to the schedulers, who are told so already and book once one is found.
	 */
	private void bookIndividualSessions(List<Plan> plans, Map<String, Clinician> therapists, CalendarRead calendars) {
		List<Plan> weekly = new ArrayList<>();
		List<Integer> weeks = new ArrayList<>();
		List<AppointmentBook.Wanted> wanted = new ArrayList<>();
		for (Plan plan : plans) {
			Clinician therapist = therapists.get(plan.enrollment().therapistId());
			if (therapist == null) {
				continue;
			}
			try (Scope placedIn = plan.trace().makeCurrent()) {
				for (int week = 0; week < WEEKS_WHEN_NONE_PLANNED; week++) {
					weekly.add(plan);
					weeks.add(week);
					wanted.add(planned(plan, AppointmentKind.INDIVIDUAL, week, WeeklyPlanner.INDIVIDUAL_MINUTES, therapist));
				}
			}
		}
		List<Optional<Appointment>> booked = this.book.bookEachFirstFree(wanted, calendars);
		for (int i = 0; i < wanted.size(); i++) {
			if (booked.get(i).isEmpty()) {
				flag(weekly.get(i), AppointmentKind.INDIVIDUAL, weeks.get(i));
			}
		}
	}

	/** The evaluation with the first prescriber free in the first 7 days; that prescriber, or nothing. */
	private Optional<Clinician> bookPsychiatricEvaluation(Plan plan, CalendarRead calendars) {
		for (Clinician prescriber : prescribers()) {
			SlotSearch.Need within7Days = new SlotSearch.Need(plan.from(),
					plan.from().plusDays(PSYCHIATRIC_EVALUATION_DAYS - 1), WeeklyPlanner.INDIVIDUAL_MINUTES, plan.hours(),
					prescriber.workingHours(), plan.meetings(), plan.now());
			if (this.book.bookFirstFree(new AppointmentBook.Wanted(
					Appointment.plannedIdFor(plan.enrollment().id(), AppointmentKind.PSYCHIATRIC_EVALUATION, 0),
					plan.person(), AppointmentKind.PSYCHIATRIC_EVALUATION, prescriber, SlotSearch.candidates(within7Days),
					WeeklyPlanner.INDIVIDUAL_MINUTES, BOOKED_BY), calendars)
				.isPresent()) {
				return Optional.of(prescriber);
			}
		}
		flag(plan, AppointmentKind.PSYCHIATRIC_EVALUATION, 0);
		return Optional.empty();
	}

	/**
	 * Every other week with one prescriber: the one of the evaluation, else the first with time in
	 * the first week that any has time; the weeks from there on with that prescriber, booked together.
	 */
	private void bookMedicationManagement(Plan plan, Optional<Clinician> evaluatedBy, CalendarRead calendars) {
		List<Clinician> choices = evaluatedBy.map(List::of).orElseGet(this::prescribers);
		int week = 0;
		Clinician chosen = evaluatedBy.orElse(null);
		for (; chosen == null && week < WEEKS_WHEN_NONE_PLANNED; week += 2) {
			for (Clinician prescriber : choices) {
				if (this.book.bookFirstFree(planned(plan, AppointmentKind.MEDICATION_MANAGEMENT, week,
						WeeklyPlanner.MEDICATION_MINUTES, prescriber), calendars).isPresent()) {
					chosen = prescriber;
					break;
				}
			}
			if (chosen == null) {
				flag(plan, AppointmentKind.MEDICATION_MANAGEMENT, week);
			}
		}
		List<Integer> weeks = new ArrayList<>();
		for (; week < WEEKS_WHEN_NONE_PLANNED; week += 2) {
			weeks.add(week);
		}
		Clinician prescriber = chosen;
		List<Optional<Appointment>> booked = this.book.bookEachFirstFree(weeks.stream()
			.map(each -> planned(plan, AppointmentKind.MEDICATION_MANAGEMENT, each, WeeklyPlanner.MEDICATION_MINUTES,
					prescriber))
			.toList(), calendars);
		for (int i = 0; i < weeks.size(); i++) {
			if (booked.get(i).isEmpty()) {
				flag(plan, AppointmentKind.MEDICATION_MANAGEMENT, weeks.get(i));
			}
		}
	}

	private static AppointmentBook.Wanted planned(Plan plan, AppointmentKind kind, int week, int minutes,
			Clinician clinician) {
		return new AppointmentBook.Wanted(Appointment.plannedIdFor(plan.enrollment().id(), kind, week), plan.person(),
				kind, clinician, SlotSearch.candidates(plan.week(week, minutes, clinician)), minutes, BOOKED_BY);
	}

	/** Flags an appointment found no time for, once per kind and week; the count follows the save. */
	private void flag(Plan plan, AppointmentKind kind, int week) {
		try (Scope placedIn = plan.trace().makeCurrent()) {
			if (plan.enrollment().flagUnplaceable(kind, plan.isoWeek(week), this.clock.instant())) {
				plan.flagged().add(kind);
			}
		}
	}

	private List<Clinician> prescribers() {
		return this.prescribers.findAll()
			.stream()
			.sorted(Comparator.comparing(Prescriber::id))
			.map(AppointmentBook::asClinician)
			.toList();
	}

}

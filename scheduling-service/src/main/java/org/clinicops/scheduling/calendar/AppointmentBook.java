package org.clinicops.scheduling.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import org.clinicops.common.web.FieldError;
import org.clinicops.common.web.InvalidFieldException;
import org.clinicops.common.web.RecordNotFoundException;
import org.clinicops.common.web.StateConflictException;
import org.clinicops.contracts.AppointmentKind;
import org.clinicops.contracts.CancellationReason;
import org.clinicops.scheduling.CareDeliveryMetrics;
import org.clinicops.scheduling.clinicians.Prescriber;
import org.clinicops.scheduling.clinicians.Prescribers;
import org.clinicops.scheduling.clinicians.Therapist;
import org.clinicops.scheduling.clinicians.Therapists;
import org.clinicops.scheduling.clinicians.WorkingHours;
import org.clinicops.scheduling.enrollment.Enrollment;
import org.clinicops.scheduling.enrollment.EnrollmentStatus;
import org.clinicops.scheduling.enrollment.Enrollments;
import org.clinicops.scheduling.groups.GroupService;
import org.clinicops.scheduling.groups.Meeting;
import org.clinicops.scheduling.groups.TrackHours;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

/**
 * Books and cancels appointments. A booking takes its quarter hours on the clinician's week, then
 * on the person's, each by one conditional update; a refusal of the second gives the first back.
 * Every step is a lookup or an update by id, so its cost does not grow with the calendars.
 */
@Service
public class AppointmentBook {

	/** Bulk rounds for a run of bookings before what is still refused is booked one at a time. */
	private static final int BULK_ROUNDS = 2;

	private final MongoTemplate mongo;

	private final Appointments appointments;

	private final Enrollments enrollments;

	private final GroupService groups;

	private final Therapists therapists;

	private final Prescribers prescribers;

	private final TrackHours trackHours;

	private final Clock clock;

	private final ZoneId clinicZone;

	private final CareDeliveryMetrics metrics;

	AppointmentBook(MongoTemplate mongo, Appointments appointments, Enrollments enrollments, GroupService groups,
			Therapists therapists, Prescribers prescribers, TrackHours trackHours, CareDeliveryMetrics metrics, Clock clock,
			@Value("${clinic.scheduling.time-zone}") ZoneId clinicZone) {
		this.mongo = mongo;
		this.metrics = metrics;
		this.appointments = appointments;
		this.enrollments = enrollments;
		this.groups = groups;
		this.therapists = therapists;
		this.prescribers = prescribers;
		this.trackHours = trackHours;
		this.clock = clock;
		this.clinicZone = clinicZone;
	}

	/** Books an appointment for an active enrollment; 400 for a time the rules refuse, 409 naming who is busy. */
	public Appointment book(String enrollmentId, AppointmentKind kind, String clinicianId, LocalDateTime start,
			int minutes, String bookedBy) {
		Enrollment enrollment = enrollment(enrollmentId);
		if (enrollment.status() != EnrollmentStatus.ACTIVE) {
			throw new StateConflictException("The enrollment is " + enrollment.status()
					+ "; only an ACTIVE enrollment has appointments.");
		}
		Clinician clinician = clinicianFor(kind, clinicianId);
		List<Meeting> meetings = (enrollment.groupId() != null) ? this.groups.get(enrollment.groupId()).meetings()
				: List.of();
		List<FieldError> problems = BookingRules.problems(new BookingRules.Booking(start, minutes, now(),
				clinician.workingHours(), meetings));
		if (!problems.isEmpty()) {
			throw new InvalidFieldException(problems);
		}
		Person person = new Person(enrollment.id(), enrollment.evaluationId(), enrollment.initials(), null);
		return reserve(person, kind, clinician, start, minutes, bookedBy);
	}

	private Appointment reserve(Person person, AppointmentKind kind, Clinician clinician, LocalDateTime start,
			int minutes, String bookedBy) {
		String id = unusedId(person.enrollmentId(), kind, start);
		Optional<Appointment> earlier = this.appointments.findById(id);
		if (earlier.isPresent()) {
			return earlier.get();
		}
		return switch (takeBoth(id, person.enrollmentId(), clinician.id(), start, minutes)) {
			case TAKEN -> insert(Appointment.book(id, person, kind, clinician, start, minutes, bookedBy, this.clock.instant()));
			case CLINICIAN_BUSY -> {
				this.metrics.bookingRefused(CareDeliveryMetrics.Busy.CLINICIAN);
				throw new StateConflictException(
						clinician.name() + " is busy then (" + start + ", " + minutes + " minutes).");
			}
			case PERSON_BUSY -> {
				this.metrics.bookingRefused(CareDeliveryMetrics.Busy.PERSON);
				throw new StateConflictException(
						person.initials() + " has another appointment then (" + start + ", " + minutes + " minutes).");
			}
		};
	}

	/** The calendar weeks and appointments with these ids, read up front for a run of bookings that needs them. */
	CalendarRead read(Collection<String> weekIds, Collection<String> appointmentIds) {
		return new CalendarRead(this.mongo, weekIds, appointmentIds);
	}

	/**
	 * Books the appointment at the first of the candidate times that both calendars have free;
	 * nothing when none has. Under a given id, a re-run finds what an earlier run booked.
	 */
	Optional<Appointment> bookFirstFree(Wanted wanted, CalendarRead calendars) {
		Optional<Appointment> earlier = calendars.appointment(wanted.id());
		if (earlier.isPresent()) {
			return earlier;
		}
		for (LocalDateTime start : wanted.candidates()) {
			String clinicianWeek = wanted.clinicianWeek(start);
			String personWeek = wanted.personWeek(start);
			List<String> slots = CalendarSlots.of(start, wanted.minutes());
			// Times the calendars, as last read, show taken are passed over without a write; a time they
			// show free is still taken by the conditional update, which has the last word.
			if (calendars.takenByAnother(clinicianWeek, wanted.id(), slots)
					|| calendars.takenByAnother(personWeek, wanted.id(), slots)) {
				continue;
			}
			if (takeBoth(wanted.id(), wanted.person().enrollmentId(), wanted.clinician().id(), start,
					wanted.minutes()) == Taking.TAKEN) {
				calendars.took(clinicianWeek, slots, wanted.id());
				calendars.took(personWeek, slots, wanted.id());
				return Optional.of(insert(wanted.at(start, this.clock.instant())));
			}
			calendars.changed(clinicianWeek);
			calendars.changed(personWeek);
		}
		return Optional.empty();
	}

	/** An appointment a run of bookings asks for: at the first of the candidate times both calendars have free. */
	record Wanted(String id, Person person, AppointmentKind kind, Clinician clinician, List<LocalDateTime> candidates,
			int minutes, String bookedBy, Context trace) {

		/** Wanted in the trace current now, which the appointment's events are stored in when booked with others'. */
		Wanted(String id, Person person, AppointmentKind kind, Clinician clinician, List<LocalDateTime> candidates,
				int minutes, String bookedBy) {
			this(id, person, kind, clinician, candidates, minutes, bookedBy, Context.current());
		}

		String clinicianWeek(LocalDateTime start) {
			return CalendarSlots.weekOf(CalendarSlots.clinician(this.clinician.id()), start);
		}

		String personWeek(LocalDateTime start) {
			return CalendarSlots.weekOf(CalendarSlots.person(this.person.enrollmentId()), start);
		}

		Appointment at(LocalDateTime start, Instant now) {
			try (Scope wantedIn = this.trace.makeCurrent()) {
				return Appointment.book(this.id, this.person, this.kind, this.clinician, start, this.minutes,
						this.bookedBy, now);
			}
		}

	}

	/**
	 * Books each wanted appointment as {@link #bookFirstFree} would, one after the other, with one
	 * write per step for all of them instead of three each: the first times the calendars as read
	 * show free (taken by none of the run either) are taken on the clinicians' weeks with one bulk of
	 * conditional updates, then on the persons' weeks with one more, and the appointments are stored
	 * with one insert. What a bulk refuses (a calendar changed since it was read: another instance or
	 * thread booked the same clinician meanwhile) is given back, its weeks read again in one query,
	 * and booked the same way once more (a person's weekly sessions are refused together, at the same
	 * time of each week), then each on its own. The answers are in the order asked.
	 */
	List<Optional<Appointment>> bookEachFirstFree(List<Wanted> wanted, CalendarRead calendars) {
		return bookEachFirstFree(wanted, calendars, BULK_ROUNDS);
	}

	private List<Optional<Appointment>> bookEachFirstFree(List<Wanted> wanted, CalendarRead calendars, int roundsLeft) {
		List<Optional<Appointment>> booked = new ArrayList<>(Collections.nCopies(wanted.size(), Optional.empty()));
		List<Choice> chosen = new ArrayList<>();
		for (int i = 0; i < wanted.size(); i++) {
			Wanted each = wanted.get(i);
			Optional<Appointment> earlier = calendars.appointment(each.id());
			if (earlier.isPresent()) {
				booked.set(i, earlier);
				continue;
			}
			Optional<LocalDateTime> free = firstFreeAsRead(each, calendars);
			if (free.isPresent()) {
				Choice choice = new Choice(i, each, free.get());
				calendars.took(choice.clinicianWeek(), choice.slots(), each.id());
				calendars.took(choice.personWeek(), choice.slots(), each.id());
				chosen.add(choice);
			}
		}
		List<Choice> clinicianTaken = takeAll(chosen, Choice::clinicianWeek);
		List<Choice> bothTaken = takeAll(clinicianTaken, Choice::personWeek);
		clinicianTaken.stream()
			.filter(choice -> !bothTaken.contains(choice))
			.forEach(choice -> release(choice.clinicianWeek(), choice.slots(), choice.wanted().id()));
		Instant now = this.clock.instant();
		List<Appointment> stored = insertAll(bothTaken.stream().map(choice -> choice.wanted().at(choice.start(), now)).toList());
		for (int i = 0; i < bothTaken.size(); i++) {
			booked.set(bothTaken.get(i).index(), Optional.of(stored.get(i)));
		}
		List<Choice> refused = chosen.stream().filter(choice -> !bothTaken.contains(choice)).toList();
		if (!refused.isEmpty()) {
			calendars.readAgain(refused.stream().flatMap(choice -> Stream.of(choice.clinicianWeek(), choice.personWeek())).toList());
			List<Optional<Appointment>> again = (roundsLeft > 1)
					? bookEachFirstFree(refused.stream().map(Choice::wanted).toList(), calendars, roundsLeft - 1)
					: refused.stream().map(choice -> bookFirstFree(choice.wanted(), calendars)).toList();
			for (int i = 0; i < refused.size(); i++) {
				booked.set(refused.get(i).index(), again.get(i));
			}
		}
		return booked;
	}

	/** A wanted appointment's time as chosen from the calendars as read, before it is taken. */
	private record Choice(int index, Wanted wanted, LocalDateTime start) {

		List<String> slots() {
			return CalendarSlots.of(this.start, this.wanted.minutes());
		}

		String clinicianWeek() {
			return this.wanted.clinicianWeek(this.start);
		}

		String personWeek() {
			return this.wanted.personWeek(this.start);
		}

	}

	private Optional<LocalDateTime> firstFreeAsRead(Wanted wanted, CalendarRead calendars) {
		for (LocalDateTime start : wanted.candidates()) {
			List<String> slots = CalendarSlots.of(start, wanted.minutes());
			if (!calendars.takenByAnother(wanted.clinicianWeek(start), wanted.id(), slots)
					&& !calendars.takenByAnother(wanted.personWeek(start), wanted.id(), slots)) {
				return Optional.of(start);
			}
		}
		return Optional.empty();
	}

	/**
	 * Takes each choice's quarter hours on the week named, as {@link #take} does, all in one
	 * unordered bulk; the choices whose update went through, in order.
	 */
	private List<Choice> takeAll(List<Choice> choices, Function<Choice, String> weekOf) {
		if (choices.isEmpty()) {
			return List.of();
		}
		BulkOperations taking = this.mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, CalendarWeek.class);
		choices.forEach(choice -> taking.upsert(free(weekOf.apply(choice), choice.slots()),
				takeUpdate(choice.slots(), choice.wanted().id())));
		Set<Integer> refused = new HashSet<>();
		try {
			taking.execute();
		}
		catch (BulkOperationException ex) {
			ex.getErrors().forEach(error -> refused.add(error.getIndex()));
		}
		List<Choice> taken = new ArrayList<>();
		for (int i = 0; i < choices.size(); i++) {
			if (!refused.contains(i)) {
				taken.add(choices.get(i));
			}
		}
		return taken;
	}

	/** Stores the appointments with one insert; on a clash with one stored already, one at a time as {@link #insert} does. */
	private List<Appointment> insertAll(List<Appointment> booked) {
		if (booked.isEmpty()) {
			return List.of();
		}
		try {
			return this.appointments.insert(booked);
		}
		catch (DuplicateKeyException ex) {
			return booked.stream().map(this::insert).toList();
		}
	}

	/**
	 * Whether the week, as last read, shows any of the quarter hours taken by another appointment
	 * (what this appointment took before a crash counts as free, for the re-run to find).
	 */
	private enum Taking {

		TAKEN, CLINICIAN_BUSY, PERSON_BUSY

	}

	/** Takes the quarter hours on the clinician's week, then on the person's; a refusal there gives the first back. */
	private Taking takeBoth(String id, String enrollmentId, String clinicianId, LocalDateTime start, int minutes) {
		List<String> slots = CalendarSlots.of(start, minutes);
		String clinicianWeek = CalendarSlots.weekOf(CalendarSlots.clinician(clinicianId), start);
		String personWeek = CalendarSlots.weekOf(CalendarSlots.person(enrollmentId), start);
		if (!take(clinicianWeek, slots, id)) {
			return Taking.CLINICIAN_BUSY;
		}
		if (!take(personWeek, slots, id)) {
			release(clinicianWeek, slots, id);
			return Taking.PERSON_BUSY;
		}
		return Taking.TAKEN;
	}

	private Appointment insert(Appointment appointment) {
		try {
			return this.appointments.insert(appointment);
		}
		catch (DuplicateKeyException ex) {
			return this.appointments.findById(appointment.id()).orElseThrow(() -> ex);
		}
	}

	/** Cancels a booked appointment and frees its quarter hours; the record stays as history. */
	public Appointment cancel(String appointmentId, CancellationReason reason, String cancelledBy) {
		Appointment appointment = this.appointments.findById(appointmentId)
			.orElseThrow(() -> new RecordNotFoundException("appointment", appointmentId));
		if (appointment.status() == Appointment.Status.CANCELLED) {
			// A cancellation that stopped before freeing the slots is completed before it is refused.
			free(appointment);
		}
		appointment.cancel(reason, cancelledBy, this.clock.instant());
		this.appointments.save(appointment);
		free(appointment);
		return appointment;
	}

	/** Cancels the person's booked appointments from now on (a discharge); their history stays. */
	public void cancelFrom(String enrollmentId, LocalDateTime now, int weeksAhead, CancellationReason reason) {
		List<String> weeks = new ArrayList<>();
		for (int week = 0; week <= weeksAhead; week++) {
			weeks.add(CalendarSlots.weekOf(CalendarSlots.person(enrollmentId), now.plusWeeks(week)));
		}
		for (Appointment appointment : this.appointments.findAllById(appointmentsOn(weeks))) {
			if (appointment.status() == Appointment.Status.BOOKED && !appointment.start().isBefore(now)) {
				cancel(appointment.id(), reason, "scheduling");
			}
		}
	}

	/** The enrollment's appointments, booked and cancelled, starting on the days from and to, in order. */
	public List<Appointment> of(String enrollmentId, LocalDate from, LocalDate to) {
		enrollment(enrollmentId);
		if (to.isBefore(from) || to.isAfter(from.plusDays(92))) {
			throw new InvalidFieldException("to", "must be on or after from, and at most 92 days after it");
		}
		List<String> weeks = new ArrayList<>();
		for (LocalDate monday = from.minusDays(from.getDayOfWeek().getValue() - 1); !monday.isAfter(to);
				monday = monday.plusWeeks(1)) {
			weeks.add(CalendarSlots.weekOf(CalendarSlots.person(enrollmentId), monday.atStartOfDay()));
		}
		return this.appointments.findAllById(appointmentsOn(weeks))
			.stream()
			.filter(appointment -> !appointment.start().toLocalDate().isBefore(from)
					&& !appointment.start().toLocalDate().isAfter(to))
			.sorted(Comparator.comparing(Appointment::start))
			.toList();
	}

	/** Every appointment booked on a day, read from the clinicians' calendar weeks by id. */
	public List<Appointment> bookedOn(LocalDate day) {
		List<String> owners = new ArrayList<>();
		this.therapists.findAll().forEach(therapist -> owners.add(therapist.id()));
		this.prescribers.findAll().forEach(prescriber -> owners.add(prescriber.id()));
		List<String> weeks = owners.stream()
			.map(clinicianId -> CalendarSlots.weekOf(CalendarSlots.clinician(clinicianId), day.atStartOfDay()))
			.toList();
		return this.appointments.findAllById(appointmentsOn(weeks))
			.stream()
			.filter(appointment -> appointment.status() == Appointment.Status.BOOKED
					&& appointment.start().toLocalDate().equals(day))
			.toList();
	}

	/** A booked appointment by its id. */
	public Optional<Appointment> booked(String appointmentId) {
		return this.appointments.findById(appointmentId)
			.filter(appointment -> appointment.status() == Appointment.Status.BOOKED);
	}

	/** A clinician's booked appointments in the ISO week of the given day. */
	public ClinicianWeek calendarOf(String clinicianId, LocalDate day) {
		Clinician clinician = clinician(clinicianId)
			.orElseThrow(() -> new RecordNotFoundException("clinician", clinicianId));
		LocalDateTime monday = day.minusDays(day.getDayOfWeek().getValue() - 1).atStartOfDay();
		CalendarWeek week = this.mongo.findById(CalendarSlots.weekOf(CalendarSlots.clinician(clinicianId), monday),
				CalendarWeek.class);
		List<Appointment> booked = (week == null) ? List.of()
				: this.appointments.findAllById(week.appointments())
					.stream()
					.filter(appointment -> appointment.status() == Appointment.Status.BOOKED)
					.sorted(Comparator.comparing(Appointment::start))
					.toList();
		return new ClinicianWeek(clinician, CalendarSlots.isoWeek(monday), booked);
	}

	/** A clinician's week as a calendar shows it. */
	public record ClinicianWeek(Clinician clinician, String week, List<Appointment> appointments) {
	}

	/** The ids of every appointment these calendar weeks ever held, the weeks read in one query. */
	private List<String> appointmentsOn(Collection<String> weekIds) {
		return CalendarRead.weeksWithIds(this.mongo, weekIds)
			.stream()
			.flatMap(week -> week.appointments().stream())
			.toList();
	}

	private void free(Appointment appointment) {
		List<String> slots = CalendarSlots.of(appointment.start(), appointment.minutes());
		release(CalendarSlots.weekOf(CalendarSlots.clinician(appointment.clinicianId()), appointment.start()), slots,
				appointment.id());
		release(CalendarSlots.weekOf(CalendarSlots.person(appointment.enrollmentId()), appointment.start()), slots,
				appointment.id());
	}

	/**
	 * Takes the quarter hours on the week if none is taken, creating the week if it has none yet,
	 * in one upsert; true also when this appointment took them already (a booking re-run after a
	 * crash). The week lists every appointment it ever held.
	 */
	private boolean take(String weekId, List<String> slots, String appointmentId) {
		Query free = free(weekId, slots);
		Update take = takeUpdate(slots, appointmentId);
		try {
			this.mongo.upsert(free, take, CalendarWeek.class);
			return true;
		}
		catch (DuplicateKeyException ex) {
			// The week holds one of the quarter hours, or another booking created it first: ask again,
			// now that it exists.
			if (this.mongo.updateFirst(free, take, CalendarWeek.class).getModifiedCount() == 1) {
				return true;
			}
			CalendarWeek week = this.mongo.findById(weekId, CalendarWeek.class);
			return week != null && week.heldBy(slots, appointmentId);
		}
	}

	/** The week, if none of these quarter hours is taken on it. */
	private static Query free(String weekId, List<String> slots) {
		Criteria week = Criteria.where("_id").is(weekId);
		slots.forEach(slot -> week.and(takenAt(slot)).exists(false));
		return Query.query(week);
	}

	private static Update takeUpdate(List<String> slots, String appointmentId) {
		Update take = new Update();
		slots.forEach(slot -> take.set(takenAt(slot), appointmentId));
		return take.addToSet("appointments", appointmentId);
	}

	/**
	 * Frees the quarter hours if this appointment holds them; the week keeps the appointment's id,
	 * so its history is still found there.
	 */
	private void release(String weekId, List<String> slots, String appointmentId) {
		Criteria heldByIt = Criteria.where("_id").is(weekId);
		Update release = new Update();
		slots.forEach(slot -> {
			heldByIt.and(takenAt(slot)).is(appointmentId);
			release.unset(takenAt(slot));
		});
		this.mongo.updateFirst(Query.query(heldByIt), release, CalendarWeek.class);
	}

	private static String takenAt(String slot) {
		return "taken." + slot;
	}

	/** The first id for this person, kind and start that no cancelled appointment holds. */
	private String unusedId(String enrollmentId, AppointmentKind kind, LocalDateTime start) {
		for (int attempt = 0;; attempt++) {
			String id = Appointment.idFor(enrollmentId, kind, start, attempt);
			Optional<Appointment> earlier = this.appointments.findById(id);
			if (earlier.isEmpty() || earlier.get().status() == Appointment.Status.BOOKED) {
				return id;
			}
		}
	}

	private Clinician clinicianFor(AppointmentKind kind, String clinicianId) {
		if (kind == AppointmentKind.INDIVIDUAL) {
			return this.therapists.findById(clinicianId)
				.map(this::asClinician)
				.orElseThrow(() -> new InvalidFieldException("clinicianId",
						"names no therapist (individual counseling is with a therapist)"));
		}
		return this.prescribers.findById(clinicianId)
			.map(AppointmentBook::asClinician)
			.orElseThrow(() -> new InvalidFieldException("clinicianId", "names no prescriber (" + kind
					+ " is with a prescriber)"));
	}

	Clinician asClinician(Therapist therapist) {
		return new Clinician(therapist.id(), therapist.name(),
				WorkingHours.statedOr(therapist.workingHours(), this.trackHours));
	}

	static Clinician asClinician(Prescriber prescriber) {
		return new Clinician(prescriber.id(), prescriber.name(), new WorkingHours(prescriber.workingHours()));
	}

	Optional<Clinician> clinician(String clinicianId) {
		return this.therapists.findById(clinicianId)
			.map(this::asClinician)
			.or(() -> this.prescribers.findById(clinicianId).map(AppointmentBook::asClinician));
	}

	private Enrollment enrollment(String enrollmentId) {
		return this.enrollments.findById(enrollmentId)
			.orElseThrow(() -> new RecordNotFoundException("enrollment", enrollmentId));
	}

	private LocalDateTime now() {
		return LocalDateTime.ofInstant(this.clock.instant(), this.clinicZone);
	}

}

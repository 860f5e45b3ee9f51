package org.clinicops.scheduling.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.bson.Document;
import org.clinicops.contracts.AppointmentBooked;
import org.clinicops.contracts.AppointmentKind;
import org.clinicops.contracts.Cohort;
import org.clinicops.contracts.EventTypes;
import org.clinicops.contracts.Focus;
import org.clinicops.contracts.Topics;
import org.clinicops.scheduling.SchedulingFixtures;
import org.clinicops.scheduling.enrollment.Enrollment;
import org.clinicops.scheduling.enrollment.EnrollmentService;
import org.clinicops.scheduling.enrollment.EnrollmentStatus;
import org.clinicops.testsupport.ApiClient;
import org.clinicops.testsupport.ClinicIntegrationTest;
import org.clinicops.testsupport.PrometheusScrape;
import org.clinicops.testsupport.TestStaff;
import org.clinicops.testsupport.TopicRecorder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * Appointments booked and cancelled through the API: a clinician's and a person's quarter hours
 * are each taken once, and what the calendars, the lists and the topic show agrees.
 */
@ClinicIntegrationTest
class AppointmentBookingTest {

	/** A Saturday two weeks or so ahead: clinicians below work then, and no test group meets. */
	private static final LocalDate SATURDAY = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.SATURDAY)).plusWeeks(1);

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	EnrollmentService enrollments;

	@Autowired
	AppointmentBook book;

	@Autowired
	CalendarWeeksMigration migration;

	ApiClient scheduler;

	String therapistId;

	String prescriberId;

	Enrollment amara;

	Enrollment bo;

	@BeforeEach
	void aProgramWithATherapistAPrescriberAndTwoPeople() {
		this.scheduler = ApiClient.as(TestStaff.SCHEDULER, "http://localhost:" + this.port);
		SchedulingFixtures.emptyProgram(this.mongo);
		SchedulingFixtures.createGroup(this.scheduler, "Evenings", Focus.SUBSTANCE_USE, Cohort.GENERAL, "EVENING", 5);
		this.therapistId = this.scheduler.post("/api/therapists", Map.of("name", "Ana Ruiz", "caseloadCapacity", 10,
				"specialties", List.of("SUBSTANCE_USE"), "workingHours",
				List.of(Map.of("day", "SATURDAY", "start", "09:00", "end", "17:00"))))
			.json()
			.get("id")
			.asString();
		this.prescriberId = this.scheduler.post("/api/prescribers", Map.of("name", "Dr. Lena Ortiz", "workingHours",
				List.of(Map.of("day", "SATURDAY", "start", "09:00", "end", "13:00"))))
			.json()
			.get("id")
			.asString();
		this.amara = this.enrollments.enroll(SchedulingFixtures.accepted(Focus.SUBSTANCE_USE, Cohort.GENERAL), "calendar");
		this.bo = this.enrollments.enroll(SchedulingFixtures.accepted(Focus.SUBSTANCE_USE, Cohort.GENERAL), "calendar");
		assertThat(List.of(this.amara.status(), this.bo.status())).containsOnly(EnrollmentStatus.ACTIVE);
	}

	private ApiClient.Response book(Enrollment person, String kind, String clinicianId, String time, int minutes) {
		return this.scheduler.post("/api/enrollments/" + person.id() + "/appointments", Map.of("kind", kind,
				"clinicianId", clinicianId, "start", SATURDAY + "T" + time + ":00", "minutes", minutes));
	}

	@Test
	void aBookedAppointmentIsOnTheClinicianCalendarThePersonsListAndTheTopic() {
		try (TopicRecorder enrollmentsTopic = TopicRecorder.of(Topics.SCHEDULING_ENROLLMENTS)) {
			ApiClient.Response booked = book(this.amara, "INDIVIDUAL", this.therapistId, "10:00", 60);

			assertThat(booked.status()).as(booked.text()).isEqualTo(201);
			assertThat(booked.json().get("status").asString()).isEqualTo("BOOKED");
			String id = booked.json().get("id").asString();
			ApiClient.Response calendar = this.scheduler.get("/api/clinicians/" + this.therapistId + "/calendar?week="
					+ CalendarSlots.isoWeek(SATURDAY.atStartOfDay()));
			assertThat(calendar.json().get("appointments").findValuesAsString("id")).containsExactly(id);
			assertThat(this.scheduler.get("/api/enrollments/" + this.amara.id() + "/appointments?from=" + SATURDAY
					+ "&to=" + SATURDAY).json().findValuesAsString("id")).containsExactly(id);
			await().atMost(Duration.ofSeconds(10))
				.until(() -> enrollmentsTopic.events(EventTypes.APPOINTMENT_BOOKED.name(), this.amara.evaluationId())
					.size() == 1);
		}
	}

	@Test
	void aRunOfBookingsPassesOverATimeTakenSinceItsCalendarsWereReadAndPublishesEachAppointmentOnce() {
		Clinician ana = this.book.clinician(this.therapistId).orElseThrow();
		Person amara = new Person(this.amara.id(), this.amara.evaluationId(), this.amara.initials(), null);
		List<LocalDate> saturdays = List.of(SATURDAY.plusWeeks(4), SATURDAY.plusWeeks(5), SATURDAY.plusWeeks(6));
		List<AppointmentBook.Wanted> weekly = saturdays.stream()
			.map(day -> new AppointmentBook.Wanted("run-" + this.amara.id() + "-" + day, amara, AppointmentKind.INDIVIDUAL,
					ana, List.of(day.atTime(10, 0), day.atTime(11, 0)), 60, "test"))
			.toList();
		List<String> weeks = saturdays.stream()
			.flatMap(day -> Stream.of(CalendarSlots.weekOf(CalendarSlots.clinician(this.therapistId), day.atStartOfDay()),
					CalendarSlots.weekOf(CalendarSlots.person(this.amara.id()), day.atStartOfDay())))
			.toList();
		CalendarRead readBefore = this.book.read(weeks, weekly.stream().map(AppointmentBook.Wanted::id).toList());
		assertThat(this.scheduler.post("/api/enrollments/" + this.bo.id() + "/appointments", Map.of("kind", "INDIVIDUAL",
				"clinicianId", this.therapistId, "start", saturdays.get(1) + "T10:00:00", "minutes", 60)).status())
			.isEqualTo(201);

		try (TopicRecorder enrollmentsTopic = TopicRecorder.of(Topics.SCHEDULING_ENROLLMENTS)) {
			List<Optional<Appointment>> booked = this.book.bookEachFirstFree(weekly, readBefore);

			assertThat(booked).map(appointment -> appointment.orElseThrow().start())
				.containsExactly(saturdays.get(0).atTime(10, 0), saturdays.get(1).atTime(11, 0), saturdays.get(2).atTime(10, 0));
			CalendarWeek anasSecondWeek = this.mongo.findById(
					CalendarSlots.weekOf(CalendarSlots.clinician(this.therapistId), saturdays.get(1).atStartOfDay()),
					CalendarWeek.class);
			assertThat(anasSecondWeek.taken()).hasSize(8).containsValue(weekly.get(1).id());
			assertThat(anasSecondWeek.appointments()).hasSize(2).contains(weekly.get(1).id());
			await().atMost(Duration.ofSeconds(10))
				.until(() -> weekly.stream()
					.allMatch(wanted -> this.mongo.findById(wanted.id(), Appointment.class).pendingEvents().isEmpty())
						&& enrollmentsTopic.events(EventTypes.APPOINTMENT_BOOKED.name(), this.amara.evaluationId()).size() == 3);
			assertThat(enrollmentsTopic.events(EventTypes.APPOINTMENT_BOOKED.name(), this.amara.evaluationId()))
				.map(event -> ((AppointmentBooked) event.payload()).appointmentId())
				.containsExactlyInAnyOrderElementsOf(weekly.stream().map(AppointmentBook.Wanted::id).toList());
			assertThat(weekly).allSatisfy(wanted -> assertThat(
					this.mongo.findById("appointments|" + wanted.id(), Document.class, "outbox_pending"))
				.as("marker settled")
				.isNull());
		}
	}

	@Test
	void aClinicianBusyThenIsNamedInA409AndNothingIsBooked() {
		assertThat(book(this.amara, "INDIVIDUAL", this.therapistId, "10:00", 60).status()).isEqualTo(201);
		ApiClient ops = ApiClient.as(TestStaff.OPS, "http://localhost:" + this.port);
		double before = PrometheusScrape.of(ops).value("clinic_appointments_refused_busy_total", "busy", "CLINICIAN");

		ApiClient.Response refused = book(this.bo, "INDIVIDUAL", this.therapistId, "10:30", 30);

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains("Ana Ruiz is busy then");
		assertThat(PrometheusScrape.of(ops).value("clinic_appointments_refused_busy_total", "busy", "CLINICIAN"))
			.isEqualTo(before + 1);
		assertThat(this.scheduler.get("/api/enrollments/" + this.bo.id() + "/appointments?from=" + SATURDAY + "&to="
				+ SATURDAY).json()).isEmpty();
	}

	@Test
	void aPersonIsNotBookedWithTwoCliniciansAtOnceAndTheOtherClinicianKeepsTheHour() {
		assertThat(book(this.amara, "INDIVIDUAL", this.therapistId, "10:00", 60).status()).isEqualTo(201);

		ApiClient.Response refused = book(this.amara, "PSYCHIATRIC_EVALUATION", this.prescriberId, "10:30", 60);

		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains("J.D. has another appointment then");
		assertThat(book(this.bo, "PSYCHIATRIC_EVALUATION", this.prescriberId, "10:30", 60).status()).isEqualTo(201);
	}

	@Test
	void aCancellationFreesTheHourAndKeepsTheHistory() {
		try (TopicRecorder enrollmentsTopic = TopicRecorder.of(Topics.SCHEDULING_ENROLLMENTS)) {
			String first = book(this.amara, "INDIVIDUAL", this.therapistId, "14:00", 60).json().get("id").asString();

			ApiClient.Response cancelled = this.scheduler.post("/api/appointments/" + first + "/cancel",
					Map.of("reason", "PERSON_REQUEST"));
			ApiClient.Response again = book(this.bo, "INDIVIDUAL", this.therapistId, "14:00", 60);

			assertThat(cancelled.json().get("status").asString()).isEqualTo("CANCELLED");
			assertThat(again.status()).isEqualTo(201);
			assertThat(this.scheduler.get("/api/enrollments/" + this.amara.id() + "/appointments?from=" + SATURDAY
					+ "&to=" + SATURDAY).json().findValuesAsString("status")).containsExactly("CANCELLED");
			assertThat(this.scheduler.post("/api/appointments/" + first + "/cancel", Map.of("reason", "OTHER")).status())
				.isEqualTo(409);
			await().atMost(Duration.ofSeconds(10))
				.until(() -> enrollmentsTopic.events(EventTypes.APPOINTMENT_CANCELLED.name(), this.amara.evaluationId())
					.size() == 1);
		}
	}

	@Test
	void weeksKeptAsListsOfTakenQuarterHoursAreMovedOnceEachQuarterHourGivenToTheAppointmentHoldingIt() {
		String booked = book(this.amara, "INDIVIDUAL", this.therapistId, "10:00", 60).json().get("id").asString();
		List<String> itsSlots = CalendarSlots.of(SATURDAY.atTime(10, 0), 60);
		String orphanSlot = SATURDAY.atTime(15, 0).toString();
		String anasWeek = CalendarSlots.weekOf(CalendarSlots.clinician(this.therapistId), SATURDAY.atStartOfDay());
		String amarasWeek = CalendarSlots.weekOf(CalendarSlots.person(this.amara.id()), SATURDAY.atStartOfDay());
		CalendarWeek amarasWeekMoved = this.mongo.findById(amarasWeek, CalendarWeek.class);
		this.mongo.remove(Query.query(Criteria.where("_id").is(anasWeek)), CalendarWeek.class);
		List<String> listed = Stream.concat(itsSlots.stream(), Stream.of(orphanSlot)).toList();
		this.mongo.insert(new Document("_id", anasWeek).append("busy", listed)
			.append("appointments", List.of(booked, "an-appointment-never-stored")), CalendarWeeksMigration.LISTED);
		this.mongo.insert(new Document("_id", amarasWeek).append("busy", List.of()).append("appointments", List.of()),
				CalendarWeeksMigration.LISTED);

		this.migration.afterSingletonsInstantiated();

		CalendarWeek anas = this.mongo.findById(anasWeek, CalendarWeek.class);
		assertThat(anas.taken()).hasSize(5)
			.containsAllEntriesOf(itsSlots.stream().collect(Collectors.toMap(slot -> slot, slot -> booked)))
			.containsEntry(orphanSlot, CalendarWeek.UNRECORDED);
		assertThat(anas.appointments()).containsExactly(booked, "an-appointment-never-stored");
		assertThat(this.mongo.findById(amarasWeek, CalendarWeek.class)).isEqualTo(amarasWeekMoved);
		assertThat(this.mongo.count(new Query(), CalendarWeeksMigration.LISTED)).isZero();
		assertThat(book(this.bo, "INDIVIDUAL", this.therapistId, "15:00", 60).status()).isEqualTo(409);
		assertThat(book(this.bo, "INDIVIDUAL", this.therapistId, "10:00", 60).status()).isEqualTo(409);
		assertThat(this.scheduler.post("/api/appointments/" + booked + "/cancel", Map.of("reason", "PERSON_REQUEST"))
			.status()).isEqualTo(200);
		assertThat(book(this.bo, "INDIVIDUAL", this.therapistId, "10:00", 60).status()).isEqualTo(201);
	}

	@Test
	void aTimeTheRulesRefuseOrTheWrongKindOfClinicianIsA400NamingTheField() {
		ApiClient.Response afterHours = book(this.amara, "INDIVIDUAL", this.therapistId, "17:00", 60);
		ApiClient.Response prescriberForCounseling = book(this.amara, "INDIVIDUAL", this.prescriberId, "10:00", 60);

		assertThat(afterHours.status()).isEqualTo(400);
		assertThat(afterHours.json().at("/errors/0/field").asString()).isEqualTo("start");
		assertThat(prescriberForCounseling.status()).isEqualTo(400);
		assertThat(prescriberForCounseling.json().at("/errors/0/field").asString()).isEqualTo("clinicianId");
		assertThat(this.mongo.count(new Query(), "appointments")).isZero();
	}

	@Test
	void theSameBookingSentTwiceIsOneAppointment() {
		ApiClient.Response first = book(this.amara, "INDIVIDUAL", this.therapistId, "11:00", 60);
		ApiClient.Response retry = book(this.amara, "INDIVIDUAL", this.therapistId, "11:00", 60);

		assertThat(retry.json().get("id").asString()).isEqualTo(first.json().get("id").asString());
		assertThat(this.mongo.count(new Query(), "appointments")).isEqualTo(1);
	}

}

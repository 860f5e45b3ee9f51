package org.clinicops.scheduling.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.TraceFlags;
import io.opentelemetry.api.trace.TraceState;
import io.opentelemetry.context.Context;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.clinicops.contracts.AppointmentKind;
import org.clinicops.contracts.AppointmentUnplaceable;
import org.clinicops.contracts.Cohort;
import org.clinicops.contracts.DischargeReason;
import org.clinicops.contracts.EvaluationAccepted;
import org.clinicops.contracts.EventEnvelope;
import org.clinicops.contracts.EventTypes;
import org.clinicops.contracts.Focus;
import org.clinicops.contracts.PatientEnrolled;
import org.clinicops.contracts.Topics;
import org.clinicops.scheduling.SchedulingFixtures;
import org.clinicops.scheduling.enrollment.Enrollment;
import org.clinicops.scheduling.enrollment.EnrollmentService;
import org.clinicops.scheduling.enrollment.Enrollments;
import org.clinicops.scheduling.plans.WeeklyPlanner;
import org.clinicops.testsupport.ApiClient;
import org.clinicops.testsupport.ClinicIntegrationTest;
import org.clinicops.testsupport.EventPublisher;
import org.clinicops.testsupport.TestStaff;
import org.clinicops.testsupport.TopicRecorder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;
import org.springframework.kafka.support.KafkaHeaders;

import tools.jackson.databind.JsonNode;

/**
 * A person accepted into the program gets, from scheduling's own enrollment events, the
 * appointments their plan needs; what finds no time is flagged; a discharge cancels what is left.
 */
@ClinicIntegrationTest
class PlacementBookingTest {

	/** A start on a Monday, so that every week of the stay has all its weekdays. */
	private static final LocalDate NEXT_MONDAY_BUT_ONE = LocalDate.now()
		.with(TemporalAdjusters.next(DayOfWeek.MONDAY))
		.plusWeeks(1);

	private static EventPublisher publisher;

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	Enrollments enrollments;

	@Autowired
	EnrollmentService enrollmentService;

	@Autowired
	PlacementBooking placementBooking;

	@Autowired
	KafkaListenerEndpointRegistry listeners;

	ApiClient scheduler;

	@BeforeAll
	static void kafkaClients() {
		publisher = new EventPublisher();
	}

	@AfterAll
	static void closeKafkaClients() {
		publisher.close();
	}

	@BeforeEach
	void anEveningGroupMeetingMondaysATherapistOnTrackHoursAndAnEveningPrescriber() {
		this.scheduler = ApiClient.as(TestStaff.SCHEDULER, "http://localhost:" + this.port);
		SchedulingFixtures.emptyProgram(this.mongo);
		SchedulingFixtures.createGroup(this.scheduler, "Evenings", Focus.SUBSTANCE_USE, Cohort.GENERAL, "EVENING", 5);
		SchedulingFixtures.createTherapist(this.scheduler, "Ana Ruiz", 5, Focus.SUBSTANCE_USE);
	}

	private void prescriberWorking(String day, String start, String end) {
		assertThat(this.scheduler.post("/api/prescribers", Map.of("name", "Dr. Lena Ortiz", "workingHours",
				List.of(Map.of("day", day, "start", start, "end", end)))).status()).isEqualTo(201);
	}

	private static EvaluationAccepted needingPsychiatricCareAndMedication() {
		return new EvaluationAccepted(UUID.randomUUID().toString(), "P.C.", Focus.SUBSTANCE_USE, Cohort.GENERAL, true,
				false, false, false, true, true, NEXT_MONDAY_BUT_ONE, Instant.now());
	}

	private Enrollment enrolled(EvaluationAccepted accepted) {
		publisher.publish(EventTypes.EVALUATION_ACCEPTED, accepted);
		await().atMost(Duration.ofSeconds(20)).until(() -> this.enrollments.findByEvaluationId(accepted.evaluationId())
			.filter(enrollment -> enrollment.therapistId() != null)
			.isPresent());
		return this.enrollments.findByEvaluationId(accepted.evaluationId()).orElseThrow();
	}

	private JsonNode appointmentsOf(Enrollment enrollment) {
		return this.scheduler.get("/api/enrollments/" + enrollment.id() + "/appointments?from=" + NEXT_MONDAY_BUT_ONE
				+ "&to=" + NEXT_MONDAY_BUT_ONE.plusDays(90)).json();
	}

	private static List<JsonNode> ofKind(JsonNode appointments, String kind) {
		return appointments.valueStream().filter(appointment -> appointment.get("kind").asString().equals(kind)).toList();
	}

	@Test
	void anAcceptedPersonGetsTwelveWeeklySessionsAPsychiatricEvaluationWithinSevenDaysAndMedicationEveryOtherWeek() {
		prescriberWorking("WEDNESDAY", "17:00", "21:00");
		EvaluationAccepted accepted = needingPsychiatricCareAndMedication();
		Enrollment person = enrolled(accepted);
		await().atMost(Duration.ofSeconds(30)).until(() -> appointmentsOf(person).size() == 12 + 1 + 6);
		JsonNode appointments = appointmentsOf(person);

		List<JsonNode> individual = ofKind(appointments, "INDIVIDUAL");
		assertThat(individual).hasSize(12).allSatisfy(session -> {
			LocalDateTime start = LocalDateTime.parse(session.get("start").asString());
			assertThat(start.toLocalTime()).as("inside the evening track").isBetween(LocalTime.of(17, 0), LocalTime.of(20, 30));
			assertThat(start.getDayOfWeek() == DayOfWeek.MONDAY && start.toLocalTime().isBefore(LocalTime.of(21, 0))
					&& !start.toLocalTime().isBefore(LocalTime.of(17, 0)) && start.plusHours(1).toLocalTime().isAfter(LocalTime.of(18, 0)))
				.as("not during the Monday group").isFalse();
		});
		LocalDate first = accepted.startDate();
		LocalDateTime evaluation = LocalDateTime.parse(ofKind(appointments, "PSYCHIATRIC_EVALUATION").get(0).get("start").asString());
		assertThat(evaluation.toLocalDate()).isBetween(first, first.plusDays(6));
		List<LocalDate> medication = ofKind(appointments, "MEDICATION_MANAGEMENT").stream()
			.map(session -> LocalDateTime.parse(session.get("start").asString()).toLocalDate())
			.toList();
		assertThat(medication).hasSize(6);
		for (int i = 1; i < medication.size(); i++) {
			assertThat(ChronoUnit.WEEKS.between(medication.get(i - 1).with(DayOfWeek.MONDAY),
					medication.get(i).with(DayOfWeek.MONDAY))).isEqualTo(2);
		}
		assertThat(ofKind(appointments, "MEDICATION_MANAGEMENT")).extracting(session -> session.get("clinicianId").asString())
			.containsOnly(ofKind(appointments, "PSYCHIATRIC_EVALUATION").get(0).get("clinicianId").asString());
	}

	@Test
	void aPlacementBookedAgainBooksNothingTwice() {
		prescriberWorking("WEDNESDAY", "17:00", "21:00");
		Enrollment person = enrolled(needingPsychiatricCareAndMedication());
		await().atMost(Duration.ofSeconds(30)).until(() -> appointmentsOf(person).size() == 12 + 1 + 6);
		List<String> booked = appointmentsOf(person).valueStream().map(appointment -> appointment.get("id").asString()).toList();

		this.placementBooking.bookFor(List.of(new PlacementBooking.Placed(person.id(), Context.current())));

		assertThat(appointmentsOf(person).valueStream().map(appointment -> appointment.get("id").asString()))
			.containsExactlyElementsOf(booked);
		List<CalendarWeek> personWeeks = this.mongo.find(Query.query(Criteria.where("_id")
			.regex("^" + CalendarSlots.person(person.id()) + "\\|")), CalendarWeek.class);
		assertThat(personWeeks).isNotEmpty().allSatisfy(week -> {
			assertThat(week.taken().values()).isNotEmpty().isSubsetOf(booked);
			assertThat(week.appointments()).doesNotHaveDuplicates();
		});
		assertThat(personWeeks.stream().flatMap(week -> week.appointments().stream())).containsExactlyInAnyOrderElementsOf(booked);
	}

	@Test
	void thePlanShowsTheBookedIndividualSession() {
		prescriberWorking("WEDNESDAY", "17:00", "21:00");
		EvaluationAccepted accepted = needingPsychiatricCareAndMedication();
		Enrollment person = enrolled(accepted);
		await().atMost(Duration.ofSeconds(30)).until(() -> appointmentsOf(person).size() == 19);
		String booked = ofKind(appointmentsOf(person), "INDIVIDUAL").get(0).get("start").asString();
		LocalDate monday = LocalDateTime.parse(booked).toLocalDate().with(DayOfWeek.MONDAY);

		JsonNode plan = this.scheduler.get("/api/enrollments/" + person.id() + "/plan?week="
				+ WeeklyPlanner.isoWeekOf(monday)).json();

		assertThat(plan.get("sessions").valueStream()
			.filter(session -> session.get("kind").asString().equals("INDIVIDUAL"))
			.map(session -> session.get("start").asString())).containsExactly(booked);
	}

	@Test
	void aPrescriberAppointmentWithNoTimeInTheTracksHoursIsFlaggedToTheSchedulersOnce() {
		prescriberWorking("WEDNESDAY", "09:00", "12:00");
		try (TopicRecorder enrollmentsTopic = TopicRecorder.of(Topics.SCHEDULING_ENROLLMENTS)) {
			EvaluationAccepted accepted = needingPsychiatricCareAndMedication();
			enrolled(accepted);

			await().atMost(Duration.ofSeconds(30))
				.until(() -> enrollmentsTopic.events(EventTypes.APPOINTMENT_UNPLACEABLE.name(), accepted.evaluationId())
					.size() == 1 + 6
						&& enrollmentsTopic.events(EventTypes.APPOINTMENT_BOOKED.name(), accepted.evaluationId()).size() == 12);
			assertThat(enrollmentsTopic.events(EventTypes.APPOINTMENT_UNPLACEABLE.name(), accepted.evaluationId()))
				.extracting(event -> ((AppointmentUnplaceable) event.payload()).kind())
				.containsOnly(AppointmentKind.PSYCHIATRIC_EVALUATION, AppointmentKind.MEDICATION_MANAGEMENT);
		}
	}

	@Test
	void aTransferMovesOnlyTheSessionsThatClashWithTheNewGroup() {
		EvaluationAccepted accepted = new EvaluationAccepted(UUID.randomUUID().toString(), "T.R.", Focus.SUBSTANCE_USE,
				Cohort.GENERAL, true, false, false, false, false, false, NEXT_MONDAY_BUT_ONE, Instant.now());
		Enrollment person = enrolled(accepted);
		await().atMost(Duration.ofSeconds(30)).until(() -> ofKind(appointmentsOf(person), "INDIVIDUAL").size() == 12);
		List<String> before = ofKind(appointmentsOf(person), "INDIVIDUAL").stream()
			.map(session -> session.get("start").asString())
			.toList();
		assertThat(before).allMatch(start -> LocalDateTime.parse(start).getDayOfWeek() == DayOfWeek.MONDAY
				&& LocalDateTime.parse(start).toLocalTime().equals(LocalTime.of(17, 0)));
		ApiClient.Response mondayFromFive = this.scheduler.post("/api/groups", Map.of("name", "Early evenings", "focus",
				"SUBSTANCE_USE", "cohort", "GENERAL", "track", "EVENING", "capacity", 5, "facilitator", "Maya Chen",
				"meetings", List.of(Map.of("day", "MONDAY", "start", "17:00", "minutes", 180))));

		this.enrollmentService.transfer(person.id(), mondayFromFive.json().get("id").asString());

		await().atMost(Duration.ofSeconds(30)).until(() -> ofKind(appointmentsOf(person), "INDIVIDUAL").stream()
			.filter(session -> session.get("status").asString().equals("BOOKED"))
			.noneMatch(session -> LocalDateTime.parse(session.get("start").asString()).toLocalTime().isBefore(LocalTime.of(20, 0))));
		List<JsonNode> individual = ofKind(appointmentsOf(person), "INDIVIDUAL");
		assertThat(individual).filteredOn(session -> session.get("status").asString().equals("BOOKED")).hasSize(12);
		assertThat(individual).filteredOn(session -> session.get("status").asString().equals("CANCELLED"))
			.hasSize(12)
			.allSatisfy(session -> assertThat(session.get("cancellationReason").asString()).isEqualTo("RESCHEDULED"));
	}

	@Test
	void enrollmentEventsReadTogetherAreBookedTogetherAndOneThatCannotBeBookedIsParkedAlone() {
		Enrollment first = enrolled(startingNextMondayButOne("F.A."));
		Enrollment groupless = enrolled(startingNextMondayButOne("G.L."));
		Enrollment second = enrolled(startingNextMondayButOne("S.E."));
		await().atMost(Duration.ofSeconds(30)).until(() -> List.of(first, groupless, second)
			.stream()
			.allMatch(person -> ofKind(appointmentsOf(person), "INDIVIDUAL").size() == 12));
		List<String> firstTimes = individualTimes(first);
		List<String> secondTimes = individualTimes(second);
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(groupless.id())),
				new Update().set("groupId", "a-group-since-removed"), Enrollment.class);
		MessageListenerContainer calendar = calendarListener();
		List<String> sentIds;
		try (TopicRecorder deadLetters = TopicRecorder.of(Topics.deadLetterOf(Topics.SCHEDULING_ENROLLMENTS))) {
			// Their enrollment events again, sent together while the listener is paused: read in one batch.
			calendar.pause();
			try {
				await().atMost(Duration.ofSeconds(20)).until(calendar::isContainerPaused);
				sentIds = publisher.publishTogether(EventTypes.PATIENT_ENROLLED, UUID.randomUUID().toString(),
						List.of(first, groupless, second).stream()
							.map(person -> new PatientEnrolled(person.evaluationId(), person.id(), person.initials(),
									person.track(), person.primaryFocus(), person.cohort(), person.therapistId(),
									person.therapistName(), person.startDate(), Instant.now()))
							.toList())
					.stream()
					.map(EventEnvelope::id)
					.toList();
			}
			finally {
				calendar.resume();
			}

			await().atMost(Duration.ofSeconds(45)).until(() -> deadLetters.records().stream()
				.anyMatch(record -> sentIds.get(1).equals(header(record, "ce_id"))));
			assertThat(deadLetters.recordsUpToNow()).map(record -> header(record, "ce_id"))
				.filteredOn(sentIds::contains)
				.containsExactly(sentIds.get(1));
		}
		assertThat(individualTimes(first)).containsExactlyInAnyOrderElementsOf(firstTimes);
		assertThat(individualTimes(second)).containsExactlyInAnyOrderElementsOf(secondTimes)
			.doesNotContainAnyElementsOf(firstTimes);
	}

	@Test
	void aBookingThatKeepsFailingIsRetriedOnTheBackOffAndParkedWithinSeconds() {
		Enrollment groupless = enrolled(startingNextMondayButOne("R.B."));
		await().atMost(Duration.ofSeconds(30))
			.until(() -> ofKind(appointmentsOf(groupless), "INDIVIDUAL").size() == 12);
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(groupless.id())),
				new Update().set("groupId", "a-group-since-removed"), Enrollment.class);
		try (TopicRecorder deadLetters = TopicRecorder.of(Topics.deadLetterOf(Topics.SCHEDULING_ENROLLMENTS))) {
			String sentId = publisher.publish(EventTypes.PATIENT_ENROLLED,
					new PatientEnrolled(groupless.evaluationId(), groupless.id(), groupless.initials(), groupless.track(),
							groupless.primaryFocus(), groupless.cohort(), groupless.therapistId(),
							groupless.therapistName(), groupless.startDate(), Instant.now()))
				.id();

			await().atMost(Duration.ofSeconds(45))
				.until(() -> deadLetters.records().stream().anyMatch(record -> sentId.equals(header(record, "ce_id"))));
			ConsumerRecord<String, String> parked = deadLetters.records()
				.stream()
				.filter(record -> sentId.equals(header(record, "ce_id")))
				.findFirst()
				.orElseThrow();
			Duration inRetry = Duration.ofMillis(parked.timestamp()
					- ByteBuffer.wrap(parked.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_TIMESTAMP).value()).getLong());
			// Four retries 200, 400, 800 and 1,600 ms apart; a retry that waited on the consumer's
			// long fetch (5 s) instead would have taken over 20 s.
			assertThat(inRetry).isGreaterThanOrEqualTo(Duration.ofMillis(3_000)).isLessThan(Duration.ofSeconds(10));
		}
	}

	@Test
	void peopleBookedTogetherHaveTheirAppointmentsPublishedEachInTheirOwnTrace() {
		String traceOfOne = "4bf92f3577b34da6a3ce929d0e0e4736";
		String traceOfOther = "0af7651916cd43dd8448eb211c80319c";
		MessageListenerContainer calendar = calendarListener();
		try (TopicRecorder enrollmentsTopic = TopicRecorder.of(Topics.SCHEDULING_ENROLLMENTS)) {
			Enrollment one;
			Enrollment other;
			calendar.pause();
			try {
				await().atMost(Duration.ofSeconds(20)).until(calendar::isContainerPaused);
				one = enrolled(startingNextMondayButOne("O.N."));
				other = enrolled(startingNextMondayButOne("O.T."));
				this.placementBooking.bookFor(List.of(new PlacementBooking.Placed(one.id(), inTrace(traceOfOne)),
						new PlacementBooking.Placed(other.id(), inTrace(traceOfOther))));
			}
			finally {
				calendar.resume();
			}

			await().atMost(Duration.ofSeconds(30)).until(() -> tracesOfBookings(enrollmentsTopic, one).size() == 12
					&& tracesOfBookings(enrollmentsTopic, other).size() == 12);
			assertThat(tracesOfBookings(enrollmentsTopic, one)).containsOnly(traceOfOne);
			assertThat(tracesOfBookings(enrollmentsTopic, other)).containsOnly(traceOfOther);
		}
	}

	private static Context inTrace(String traceId) {
		return Context.root().with(Span.wrap(SpanContext.create(traceId, traceId.substring(0, 16), TraceFlags.getSampled(),
				TraceState.getDefault())));
	}

	/** The trace id of each appointment-booked record of the person read so far. */
	private static List<String> tracesOfBookings(TopicRecorder topic, Enrollment person) {
		return topic.records()
			.stream()
			.filter(record -> person.evaluationId().equals(record.key())
					&& EventTypes.APPOINTMENT_BOOKED.name().equals(header(record, "ce_type")))
			.map(record -> header(record, "traceparent").split("-")[1])
			.toList();
	}

	private MessageListenerContainer calendarListener() {
		return this.listeners.getAllListenerContainers()
			.stream()
			.filter(container -> "scheduling-calendar".equals(container.getGroupId()))
			.findFirst()
			.orElseThrow();
	}

	private List<String> individualTimes(Enrollment person) {
		return ofKind(appointmentsOf(person), "INDIVIDUAL").stream().map(session -> session.get("start").asString()).toList();
	}

	private static EvaluationAccepted startingNextMondayButOne(String initials) {
		return new EvaluationAccepted(UUID.randomUUID().toString(), initials, Focus.SUBSTANCE_USE, Cohort.GENERAL, true,
				false, false, false, false, false, NEXT_MONDAY_BUT_ONE, Instant.now());
	}

	private static String header(ConsumerRecord<String, String> record, String name) {
		return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
	}

	/** A person placed with their 19 appointments, then discharged: returns once every one is cancelled. */
	private Enrollment dischargedAfterBooking() {
		prescriberWorking("WEDNESDAY", "17:00", "21:00");
		Enrollment person = enrolled(needingPsychiatricCareAndMedication());
		await().atMost(Duration.ofSeconds(30)).until(() -> appointmentsOf(person).size() == 19);
		this.enrollmentService.discharge(person.id(), DischargeReason.LEFT_PROGRAM);
		await().atMost(Duration.ofSeconds(30)).until(() -> appointmentsOf(person).valueStream()
			.allMatch(appointment -> appointment.get("status").asString().equals("CANCELLED")));
		return person;
	}

	@Test
	void aDischargeCancelsTheAppointmentsStillAhead() {
		Enrollment person = dischargedAfterBooking();

		assertThat(this.scheduler.get("/api/clinicians/" + appointmentsOf(person).get(0).get("clinicianId").asString()
				+ "/calendar?week=" + WeeklyPlanner.isoWeekOf(
						LocalDateTime.parse(appointmentsOf(person).get(0).get("start").asString()).toLocalDate()))
			.json()
			.get("appointments")).isEmpty();
	}

	@Test
	void aPlacementBookedAgainAfterTheDischargeBooksNothing() {
		Enrollment person = dischargedAfterBooking();

		// What a redelivered enrollment event does, now that no record of it being handled is kept.
		this.placementBooking.bookFor(List.of(new PlacementBooking.Placed(person.id(), Context.current())));
		this.placementBooking.rebookClashes(person.id());

		assertThat(appointmentsOf(person).size()).isEqualTo(19);
		assertThat(appointmentsOf(person).valueStream()).allSatisfy(
				appointment -> assertThat(appointment.get("status").asString()).isEqualTo("CANCELLED"));
	}

}

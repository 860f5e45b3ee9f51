package org.clinicops.scheduling.plans;

import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.component.VEvent;
import org.clinicops.contracts.Cohort;
import org.clinicops.contracts.EvaluationAccepted;
import org.clinicops.contracts.EventTypes;
import org.clinicops.contracts.Focus;
import org.clinicops.contracts.PlanOutOfRange;
import org.clinicops.contracts.Topics;
import org.clinicops.scheduling.SchedulingFixtures;
import org.clinicops.scheduling.enrollment.Enrollment;
import org.clinicops.scheduling.enrollment.EnrollmentService;
import org.clinicops.testsupport.ApiClient;
import org.clinicops.testsupport.ClinicIntegrationTest;
import org.clinicops.testsupport.TestStaff;
import org.clinicops.testsupport.TopicRecorder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Weekly plans through the API: JSON, iCalendar that a real parser reads, and the hour-range flag. */
@ClinicIntegrationTest
class PlanApiTest {

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	EnrollmentService enrollmentService;

	private ApiClient director;

	@BeforeEach
	void emptyProgram() {
		SchedulingFixtures.emptyProgram(this.mongo);
		this.director = ApiClient.as(TestStaff.DIRECTOR, "http://localhost:" + this.port);
	}

	private String threeEveningsGroup() {
		ApiClient.Response created = this.director.post("/api/groups", Map.of("name", "Recovery, evenings", "focus",
				"SUBSTANCE_USE", "cohort", "GENERAL", "track", "EVENING", "capacity", 12, "facilitator", "Maya Chen",
				"meetings", List.of(Map.of("day", "MONDAY", "start", "18:00", "minutes", 180),
						Map.of("day", "WEDNESDAY", "start", "18:00", "minutes", 180),
						Map.of("day", "FRIDAY", "start", "18:00", "minutes", 180))));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
		return created.json().get("id").asString();
	}

	@Test
	void readingAPersonsPlanRosterAndEnrollmentEachLeaveAnAuditEntryUnderTheirIds() {
		String groupId = threeEveningsGroup();
		Enrollment person = this.enrollmentService.enroll(SchedulingFixtures.accepted(Focus.SUBSTANCE_USE, Cohort.GENERAL),
				"audit-test");
		ApiClient clinician = ApiClient.as(TestStaff.CLINICIAN, "http://localhost:" + this.port);

		clinician.get("/api/enrollments/" + person.id() + "/plan?week=2026-W50");
		clinician.get("/api/groups/" + groupId + "/roster?date=" + person.startDate());
		clinician.get("/api/enrollments/" + person.id());

		List<String> reads = await().atMost(Duration.ofSeconds(10))
			.until(() -> this.director.get("/api/audit?record=" + person.id())
				.json()
				.valueStream()
				.filter(entry -> entry.get("actor").asString().equals("clinician"))
				.map(entry -> entry.get("action").asString() + " " + entry.get("recordType").asString() + " "
						+ entry.get("request").asString())
				.toList(), entries -> entries.size() >= 3);
		assertThat(reads).containsExactlyInAnyOrder("READ plan GET /api/enrollments/{id}/plan",
				"READ roster GET /api/groups/{id}/roster", "READ enrollment GET /api/enrollments/{id}");
		assertThat(this.director.get("/api/audit?record=" + person.evaluationId()).json().valueStream())
			.anySatisfy(entry -> assertThat(entry.get("request").asString()).isEqualTo("GET /api/enrollments/{id}"));
	}

	@Test
	void anActivePersonsWeekIsServedAsJsonAndAsValidICalendar() throws Exception {
		threeEveningsGroup();
		Enrollment person = this.enrollmentService.enroll(SchedulingFixtures.accepted(Focus.SUBSTANCE_USE, Cohort.GENERAL),
				"plan-test");

		JsonNode plan = this.director.get("/api/enrollments/" + person.id() + "/plan?week=2026-W50").json();
		assertThat(plan.get("week").asString()).isEqualTo("2026-W50");
		assertThat(plan.get("totalHours").decimalValue()).isEqualByComparingTo("11");
		assertThat(plan.get("withinRange").asBoolean()).isTrue();
		assertThat(plan.get("sessions").valueStream().map(session -> session.get("kind").asString()).toList())
			.containsExactlyInAnyOrder("GROUP", "GROUP", "GROUP", "INDIVIDUAL", "EDUCATION");

		ApiClient.Response ics = this.director.get("/api/enrollments/" + person.id() + "/plan.ics?week=2026-W50");
		assertThat(ics.status()).isEqualTo(200);
		assertThat(ics.headers().getContentType()).hasToString("text/calendar;charset=UTF-8");
		Calendar calendar = new CalendarBuilder().build(new StringReader(ics.text()));
		calendar.validate();
		List<VEvent> events = calendar.getComponents(VEvent.VEVENT);
		assertThat(events).hasSize(5);
		assertThat(events).extracting(event -> event.getSummary().getValue())
			.contains("Group: Recovery, evenings", "Individual counseling");
		// Monday 18:00 in the clinic's zone (America/New_York) is 23:00 UTC; the individual session comes first, at 17:00.
		assertThat(events).extracting(event -> event.getSummary().getValue() + " " + event.getDateTimeStart().getValue())
			.contains("Group: Recovery, evenings 20261207T230000Z", "Individual counseling 20261207T220000Z");
	}

	@Test
	void aWeekBelowTheIopRangeIsFlaggedToTheSchedulers() {
		try (TopicRecorder enrollmentsTopic = TopicRecorder.of(Topics.SCHEDULING_ENROLLMENTS)) {
			SchedulingFixtures.createGroup(this.director, "Mondays only", Focus.SUBSTANCE_USE, Cohort.GENERAL, "EVENING", 5);
			EvaluationAccepted accepted = SchedulingFixtures.accepted(Focus.SUBSTANCE_USE, Cohort.GENERAL);

			this.enrollmentService.enroll(accepted, "plan-test");

			await().atMost(Duration.ofSeconds(15))
				.until(() -> enrollmentsTopic.events(EventTypes.PLAN_OUT_OF_RANGE.name(), accepted.evaluationId()).size() == 1);
			PlanOutOfRange flagged = (PlanOutOfRange) enrollmentsTopic
				.events(EventTypes.PLAN_OUT_OF_RANGE.name(), accepted.evaluationId())
				.get(0)
				.payload();
			assertThat(flagged.week()).isEqualTo("2026-W50");
			assertThat(flagged.totalHours()).isEqualByComparingTo("5");
		}
	}

	@Test
	void supportMeetingsAPersonReportsShowBesideThePlanAndAddNoClinicalHours() {
		threeEveningsGroup();
		LocalDate today = LocalDate.now(ZoneId.of("America/New_York"));
		EvaluationAccepted accepted = SchedulingFixtures.accepted(Focus.SUBSTANCE_USE, Cohort.GENERAL);
		Enrollment person = this.enrollmentService.enroll(new EvaluationAccepted(accepted.evaluationId(),
				accepted.initials(), accepted.primaryFocus(), accepted.cohort(), true, false, false, false, false,
				today.minusDays(10), accepted.acceptedAt()), "support-test");
		String week = "/api/enrollments/" + person.id() + "/plan?week=" + WeeklyPlanner.isoWeekOf(today);
		JsonNode before = this.director.get(week).json();

		ApiClient.Response reported = this.director.post("/api/enrollments/" + person.id() + "/support-meetings",
				Map.of("date", today.toString(), "kind", "SMART_RECOVERY"));
		this.director.post("/api/enrollments/" + person.id() + "/support-meetings",
				Map.of("date", today.toString(), "kind", "AA"));
		ApiClient.Response beforeTheStart = this.director.post("/api/enrollments/" + person.id() + "/support-meetings",
				Map.of("date", today.minusDays(11).toString(), "kind", "NA"));
		JsonNode after = this.director.get(week).json();

		assertThat(reported.status()).isEqualTo(201);
		assertThat(beforeTheStart.status()).isEqualTo(400);
		assertThat(before.get("supportMeetingGoal").asInt()).isEqualTo(3);
		assertThat(before.get("supportMeetingsReported").asInt()).isZero();
		assertThat(after.get("supportMeetingsReported").asInt()).isEqualTo(2);
		assertThat(after.get("totalHours").decimalValue()).isEqualByComparingTo(before.get("totalHours").decimalValue());
	}

	@Test
	void aWaitlistedPersonHasNoPlanAndABadWeekIsRefused() {
		Enrollment waiting = this.enrollmentService.enroll(SchedulingFixtures.accepted(Focus.EATING_DISORDER, Cohort.GENERAL),
				"plan-test");

		ApiClient.Response noPlan = this.director.get("/api/enrollments/" + waiting.id() + "/plan");
		assertThat(noPlan.status()).isEqualTo(409);
		assertThat(noPlan.json().get("detail").asString()).contains("WAITLISTED");
		assertThat(this.director.get("/api/enrollments/" + waiting.id() + "/plan?week=2026-50").status()).isEqualTo(400);
		assertThat(this.director.get("/api/enrollments/" + waiting.id() + "/plan?week=2027-W53").status()).isEqualTo(400);
	}

}

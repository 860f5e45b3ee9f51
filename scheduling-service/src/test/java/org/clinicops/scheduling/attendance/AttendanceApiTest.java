package org.clinicops.scheduling.attendance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.clinicops.contracts.AttendanceRecorded;
import org.clinicops.contracts.AttendanceStatus;
import org.clinicops.contracts.AttendanceUnrecorded;
import org.clinicops.contracts.Cohort;
import org.clinicops.contracts.EvaluationAccepted;
import org.clinicops.contracts.EventTypes;
import org.clinicops.contracts.Focus;
import org.clinicops.contracts.SessionsMissed;
import org.clinicops.contracts.Topics;
import org.clinicops.contracts.WeekHoursOutOfRange;
import org.clinicops.scheduling.SchedulingFixtures;
import org.clinicops.scheduling.enrollment.Enrollment;
import org.clinicops.scheduling.enrollment.EnrollmentService;
import org.clinicops.scheduling.plans.WeeklyPlanner;
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
import org.springframework.data.mongodb.core.query.Query;

import tools.jackson.databind.JsonNode;

/**
 * A group that met yesterday evening and meets again tomorrow, with a person admitted late (their
 * start date last week): the facilitator takes yesterday's attendance, corrects it, and is refused
 * what the rules do not allow, all or nothing.
 */
@ClinicIntegrationTest
class AttendanceApiTest {

	private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/New_York"));

	private static final LocalDate YESTERDAY = TODAY.minusDays(1);

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	EnrollmentService enrollments;

	@Autowired
	AttendedHours hours;

	@Autowired
	UnrecordedAttendanceSweep unrecorded;

	ApiClient clinician;

	String groupId;

	Enrollment person;

	@BeforeEach
	void aGroupMeetingYesterdayAndTomorrowWithAPersonAdmittedLastWeek() {
		ApiClient director = ApiClient.as(TestStaff.DIRECTOR, "http://localhost:" + this.port);
		this.clinician = ApiClient.as(TestStaff.CLINICIAN, "http://localhost:" + this.port);
		SchedulingFixtures.emptyProgram(this.mongo);
		this.mongo.remove(new Query(), "attendance");
		this.mongo.remove(new Query(), "attended_weeks");
		this.mongo.remove(new Query(), "attendance_runs");
		this.mongo.remove(new Query(), "attendance_reminders");
		this.mongo.remove(new Query(), "hours_weeks_closed");
		ApiClient.Response group = director.post("/api/groups", Map.of("name", "Evening recovery", "focus",
				"SUBSTANCE_USE", "cohort", "GENERAL", "track", "EVENING", "capacity", 6, "facilitator", "Maya Chen",
				"meetings", List.of(Map.of("day", YESTERDAY.minusDays(1).getDayOfWeek().name(), "start", "18:00", "minutes", 180),
						Map.of("day", YESTERDAY.getDayOfWeek().name(), "start", "18:00", "minutes", 180),
						Map.of("day", TODAY.plusDays(1).getDayOfWeek().name(), "start", "18:00", "minutes", 180))));
		assertThat(group.status()).as(group.text()).isEqualTo(201);
		this.groupId = group.json().get("id").asString();
		EvaluationAccepted accepted = SchedulingFixtures.accepted(Focus.SUBSTANCE_USE, Cohort.GENERAL);
		this.person = this.enrollments.enroll(new EvaluationAccepted(accepted.evaluationId(), "A.B.",
				accepted.primaryFocus(), accepted.cohort(), true, false, false, false, false, TODAY.minusDays(8),
				accepted.acceptedAt()), "attendance");
	}

	private String sessionAt(LocalDate day) {
		return "G-" + this.groupId + "-" + day.toString().replace("-", "") + "1800";
	}

	private ApiClient.Response take(String sessionId, Map<String, Object>... records) {
		return this.clinician.post("/api/sessions/" + sessionId + "/attendance", Map.of("records", List.of(records)));
	}

	private JsonNode yesterdaysMeeting() {
		return this.clinician.get("/api/sessions?date=" + YESTERDAY)
			.json()
			.valueStream()
			.filter(session -> session.get("id").asString().equals(sessionAt(YESTERDAY)))
			.findFirst()
			.orElseThrow();
	}

	@Test
	void yesterdaysMeetingExpectsItsRosterAndShowsTheAttendanceTaken() {
		assertThat(yesterdaysMeeting().get("expected").findValuesAsString("initials")).containsExactly("A.B.");

		ApiClient ops = ApiClient.as(TestStaff.OPS, "http://localhost:" + this.port);
		double lateBefore = PrometheusScrape.of(ops).value("clinic_attendance_records_total", "status", "LATE", "kind", "GROUP");
		try (TopicRecorder enrollmentsTopic = TopicRecorder.of(Topics.SCHEDULING_ENROLLMENTS)) {
			ApiClient.Response taken = take(sessionAt(YESTERDAY),
					Map.of("enrollmentId", this.person.id(), "status", "LATE", "minutesAttended", 150));
			assertThat(PrometheusScrape.of(ops).value("clinic_attendance_records_total", "status", "LATE", "kind", "GROUP"))
				.isEqualTo(lateBefore + 1);

			assertThat(taken.status()).as(taken.text()).isEqualTo(200);
			assertThat(yesterdaysMeeting().at("/expected/0/attendance").asString()).isEqualTo("LATE");
			assertThat(yesterdaysMeeting().at("/expected/0/minutesAttended").asInt()).isEqualTo(150);
			await().atMost(Duration.ofSeconds(10)).until(() -> enrollmentsTopic
				.events(EventTypes.ATTENDANCE_RECORDED.name(), this.person.evaluationId())
				.size() == 1);
			AttendanceRecorded recorded = (AttendanceRecorded) enrollmentsTopic
				.events(EventTypes.ATTENDANCE_RECORDED.name(), this.person.evaluationId()).get(0).payload();
			assertThat(recorded.status()).isEqualTo(AttendanceStatus.LATE);
			assertThat(recorded.minutesAttended()).isEqualTo(150);
			assertThat(recorded.correction()).isFalse();
		}
	}

	@Test
	void aCorrectionNeedsItsReasonSupersedesTheRecordAndKeepsTheHistory() {
		take(sessionAt(YESTERDAY), Map.of("enrollmentId", this.person.id(), "status", "PRESENT"));

		ApiClient.Response withoutReason = take(sessionAt(YESTERDAY),
				Map.of("enrollmentId", this.person.id(), "status", "NO_SHOW"));
		ApiClient.Response corrected = take(sessionAt(YESTERDAY), Map.of("enrollmentId", this.person.id(), "status",
				"NO_SHOW", "correctionReason", "Signed in for someone else's slot"));

		assertThat(withoutReason.status()).isEqualTo(400);
		assertThat(withoutReason.json().at("/errors/0/field").asString()).isEqualTo("records[0].correctionReason");
		assertThat(corrected.status()).isEqualTo(200);
		assertThat(yesterdaysMeeting().at("/expected/0/attendance").asString()).isEqualTo("NO_SHOW");
		assertThat(this.mongo.findById(sessionAt(YESTERDAY) + "|" + this.person.id(), Document.class, "attendance")
			.getList("records", Document.class)).extracting(record -> record.getString("status"))
			.containsExactly("PRESENT", "NO_SHOW");
	}

	@Test
	void attendedHoursCountTheLatestRecordOfEachSessionAndAWeekClosedUnderTheMinimumIsFlaggedOnce() {
		String week = WeeklyPlanner.isoWeekOf(YESTERDAY);
		take(sessionAt(YESTERDAY), Map.of("enrollmentId", this.person.id(), "status", "LATE", "minutesAttended", 150));
		JsonNode late = this.clinician.get("/api/enrollments/" + this.person.id() + "/hours?week=" + week).json();
		take(sessionAt(YESTERDAY), Map.of("enrollmentId", this.person.id(), "status", "PRESENT", "correctionReason",
				"Arrived on time; the sheet was signed late"));
		JsonNode corrected = this.clinician.get("/api/enrollments/" + this.person.id() + "/hours?week=" + week).json();

		assertThat(late.get("attendedHours").decimalValue()).isEqualByComparingTo("2.5");
		assertThat(late.get("minimumHours").decimalValue()).isEqualByComparingTo("9");
		assertThat(late.get("withinRange").asBoolean()).isFalse();
		assertThat(corrected.get("attendedHours").decimalValue()).isEqualByComparingTo("3");
		assertThat(corrected.get("plannedHours").decimalValue()).isPositive();

		try (TopicRecorder enrollmentsTopic = TopicRecorder.of(Topics.SCHEDULING_ENROLLMENTS)) {
			LocalDate sunday = YESTERDAY.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
			assertThat(this.hours.closeWeekEnding(sunday)).isEqualTo(1);
			assertThat(this.hours.closeWeekEnding(sunday)).isZero();
			await().atMost(Duration.ofSeconds(10)).until(() -> enrollmentsTopic
				.events(EventTypes.WEEK_HOURS_OUT_OF_RANGE.name(), this.person.evaluationId())
				.size() == 1);
			WeekHoursOutOfRange flagged = (WeekHoursOutOfRange) enrollmentsTopic
				.events(EventTypes.WEEK_HOURS_OUT_OF_RANGE.name(), this.person.evaluationId()).get(0).payload();
			assertThat(flagged.underMinimum()).isTrue();
			assertThat(flagged.attendedHours()).isEqualByComparingTo("3");
			assertThat(flagged.week()).isEqualTo(week);
		}
	}

	@Test
	void aWeekOverAndClosedForEveryoneIsNotedSoThatLaterSweepsLookNoFurther() {
		LocalDate lastWeeksSunday = TODAY.minusDays(8).with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
		LocalDate thisWeeksSunday = TODAY.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));

		assertThat(this.hours.closeWeekEnding(lastWeeksSunday)).isEqualTo(1);
		assertThat(this.hours.closeWeekEnding(thisWeeksSunday)).isEqualTo(1);

		assertThat(this.mongo.findById(WeeklyPlanner.isoWeekOf(lastWeeksSunday), ClosedWeek.class)).isNotNull();
		assertThat(this.mongo.findById(WeeklyPlanner.isoWeekOf(thisWeeksSunday), ClosedWeek.class))
			.as("a week not over yet is not noted as closed")
			.isNull();
		assertThat(this.hours.closeWeekEnding(lastWeeksSunday)).isZero();
	}

	@Test
	void twoSessionsMissedInARowAreToldOnceEvenAfterACorrectionBreaksAndRemakesTheStreak() {
		try (TopicRecorder enrollmentsTopic = TopicRecorder.of(Topics.SCHEDULING_ENROLLMENTS)) {
			take(sessionAt(YESTERDAY.minusDays(1)), Map.of("enrollmentId", this.person.id(), "status", "NO_SHOW"));
			take(sessionAt(YESTERDAY), Map.of("enrollmentId", this.person.id(), "status", "NO_SHOW"));
			take(sessionAt(YESTERDAY), Map.of("enrollmentId", this.person.id(), "status", "PRESENT", "correctionReason",
					"Joined by telehealth"));
			take(sessionAt(YESTERDAY), Map.of("enrollmentId", this.person.id(), "status", "NO_SHOW", "correctionReason",
					"The telehealth link was never opened"));

			await().atMost(Duration.ofSeconds(10))
				.until(() -> enrollmentsTopic.events(EventTypes.ATTENDANCE_RECORDED.name(), this.person.evaluationId())
					.size() == 4
						&& !enrollmentsTopic.events(EventTypes.SESSIONS_MISSED.name(), this.person.evaluationId()).isEmpty());
			assertThat(enrollmentsTopic.events(EventTypes.SESSIONS_MISSED.name(), this.person.evaluationId()))
				.singleElement()
				.satisfies(event -> assertThat(((SessionsMissed) event.payload()).firstMissedSessionId())
					.isEqualTo(sessionAt(YESTERDAY.minusDays(1))));
		}
	}

	@Test
	void aMeetingLeftUnrecordedTwoHoursAfterItsEndRemindsItsFacilitatorOnce() {
		try (TopicRecorder enrollmentsTopic = TopicRecorder.of(Topics.SCHEDULING_ENROLLMENTS)) {
			assertThat(this.unrecorded.remind()).isEqualTo(1);
			assertThat(this.unrecorded.remind()).isZero();

			await().atMost(Duration.ofSeconds(10)).until(() -> enrollmentsTopic
				.events(EventTypes.ATTENDANCE_UNRECORDED.name(), this.person.evaluationId())
				.size() == 1);
			AttendanceUnrecorded reminder = (AttendanceUnrecorded) enrollmentsTopic
				.events(EventTypes.ATTENDANCE_UNRECORDED.name(), this.person.evaluationId()).get(0).payload();
			assertThat(reminder.sessionId()).isEqualTo(sessionAt(YESTERDAY));
			assertThat(reminder.facilitator()).isEqualTo("Maya Chen");
		}
	}

	@Test
	void aMeetingWithAttendanceTakenRemindsNobody() {
		take(sessionAt(YESTERDAY), Map.of("enrollmentId", this.person.id(), "status", "PRESENT"));

		assertThat(this.unrecorded.remind()).isZero();
	}

	@Test
	void theCensusCountsAPersonUnderTheMinimumOfTheLastClosedWeekByTrack() {
		JsonNode census = ApiClient.as(TestStaff.DIRECTOR, "http://localhost:" + this.port).get("/api/census").json();

		assertThat(census.get("lastClosedWeek").asString())
			.isEqualTo(WeeklyPlanner.isoWeekOf(TODAY.with(TemporalAdjusters.previous(DayOfWeek.SUNDAY))));
		assertThat(census.get("underMinimumLastWeek").valueStream()
			.filter(under -> under.get("track").asString().equals("EVENING"))
			.map(under -> under.get("people").asInt())).containsExactly(1);
	}

	@Test
	void aSheetWithOneBadLineStoresNothing() {
		ApiClient.Response refused = take(sessionAt(YESTERDAY),
				Map.of("enrollmentId", this.person.id(), "status", "PRESENT"),
				Map.of("enrollmentId", "someone-else", "status", "PRESENT"));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("records[1].enrollmentId");
		assertThat(this.mongo.count(new Query(), "attendance")).isZero();
	}

	@Test
	void aFutureSessionOneOlderThanTheLimitAndAnUnknownOneAreRefused() {
		ApiClient.Response tomorrow = take(sessionAt(TODAY.plusDays(1)),
				Map.of("enrollmentId", this.person.id(), "status", "PRESENT"));
		ApiClient.Response aWeekBeforeYesterday = take(sessionAt(YESTERDAY.minusDays(7)),
				Map.of("enrollmentId", this.person.id(), "status", "PRESENT"));
		ApiClient.Response unknown = take("G-no-such-group-202612071800",
				Map.of("enrollmentId", this.person.id(), "status", "PRESENT"));

		assertThat(tomorrow.status()).isEqualTo(400);
		assertThat(tomorrow.json().at("/errors/0/message").asString()).contains("has not started");
		assertThat(aWeekBeforeYesterday.status()).isEqualTo(400);
		assertThat(aWeekBeforeYesterday.json().at("/errors/0/message").asString()).contains("more than 7 days back");
		assertThat(unknown.status()).isEqualTo(404);
		assertThat(this.mongo.count(new Query(), "attendance")).isZero();
	}

}

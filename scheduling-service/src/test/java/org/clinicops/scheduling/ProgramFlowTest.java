package org.clinicops.scheduling;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.bson.Document;
import org.clinicops.contracts.Cohort;
import org.clinicops.contracts.DischargeReason;
import org.clinicops.contracts.EvaluationAccepted;
import org.clinicops.contracts.EventTypes;
import org.clinicops.contracts.Focus;
import org.clinicops.contracts.GroupAssigned;
import org.clinicops.contracts.Topics;
import org.clinicops.scheduling.enrollment.AdmitByWarnings;
import org.clinicops.scheduling.enrollment.Enrollment;
import org.clinicops.scheduling.enrollment.EnrollmentService;
import org.clinicops.scheduling.enrollment.EnrollmentStatus;
import org.clinicops.scheduling.enrollment.Enrollments;
import org.clinicops.scheduling.enrollment.WaitingList;
import org.clinicops.scheduling.groups.Group;
import org.clinicops.scheduling.groups.Groups;
import org.clinicops.scheduling.groups.RosterHistory;
import org.clinicops.scheduling.groups.RosterMonth;
import org.clinicops.scheduling.waitlist.WaitlistSweep;
import org.clinicops.testsupport.ApiClient;
import org.clinicops.testsupport.ClinicIntegrationTest;
import org.clinicops.testsupport.TestClock;
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

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Running the program: changing and closing groups, discharge, transfer and the waitlist. */
@ClinicIntegrationTest
class ProgramFlowTest {

	private static final Duration WAIT = Duration.ofSeconds(15);

	private static TopicRecorder enrollmentsTopic;

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	EnrollmentService enrollmentService;

	@Autowired
	Enrollments enrollments;

	@Autowired
	Groups groups;

	@Autowired
	RosterHistory rosterHistory;

	@Autowired
	WaitlistSweep sweep;

	@Autowired
	AdmitByWarnings admitByWarnings;

	@Autowired
	WaitingList waitingList;

	@Autowired
	TestClock clock;

	private ApiClient director;

	private ApiClient scheduler;

	@BeforeAll
	static void recordEvents() {
		enrollmentsTopic = TopicRecorder.of(Topics.SCHEDULING_ENROLLMENTS);
	}

	@AfterAll
	static void closeRecorder() {
		enrollmentsTopic.close();
	}

	@BeforeEach
	void emptyProgram() {
		SchedulingFixtures.emptyProgram(this.mongo);
		String base = "http://localhost:" + this.port;
		this.director = ApiClient.as(TestStaff.DIRECTOR, base);
		this.scheduler = ApiClient.as(TestStaff.SCHEDULER, base);
	}

	private Enrollment enroll(EvaluationAccepted accepted) {
		return this.enrollmentService.enroll(accepted, "test-" + accepted.evaluationId());
	}

	private EvaluationAccepted acceptedNow(boolean pregnant, boolean injects) {
		return SchedulingFixtures.accepted(Focus.SUBSTANCE_USE, Cohort.GENERAL, pregnant, injects, this.clock.instant());
	}

	private Enrollment reload(Enrollment enrollment) {
		return this.enrollments.findById(enrollment.id()).orElseThrow();
	}

	private Map<String, Object> change(String name, int capacity, String start, int minutes) {
		return Map.of("name", name, "facilitator", "Maya Chen", "capacity", capacity, "meetings",
				List.of(Map.of("day", "MONDAY", "start", start, "minutes", minutes)));
	}

	@Test
	void capacityCannotGoBelowTheRosterAndRaisingItPromotesTheWaitlist() {
		String groupId = SchedulingFixtures.createGroup(this.director, "Recovery", Focus.SUBSTANCE_USE, Cohort.GENERAL,
				"EVENING", 2);
		enroll(acceptedNow(false, false));
		enroll(acceptedNow(false, false));
		Enrollment waiting = enroll(acceptedNow(false, false));
		assertThat(waiting.status()).isEqualTo(EnrollmentStatus.WAITLISTED);

		ApiClient.Response lowered = this.scheduler.put("/api/groups/" + groupId, change("Recovery", 1, "18:00", 180));
		assertThat(lowered.status()).isEqualTo(409);
		assertThat(lowered.isProblem()).isTrue();
		assertThat(lowered.json().get("detail").asString()).contains("has 2 members");
		assertThat(this.groups.findById(groupId).orElseThrow().capacity()).isEqualTo(2);

		ApiClient.Response outsideHours = this.scheduler.put("/api/groups/" + groupId, change("Recovery", 3, "13:00", 60));
		assertThat(outsideHours.status()).isEqualTo(400);
		assertThat(outsideHours.json().at("/errors/0/field").asString()).isEqualTo("meetings[0]");
		assertThat(outsideHours.json().at("/errors/0/message").asString()).contains("17:00 to 21:30");

		ApiClient.Response raised = this.scheduler.put("/api/groups/" + groupId, change("Recovery (Mondays)", 3, "18:00", 180));
		assertThat(raised.status()).as(raised.text()).isEqualTo(200);
		assertThat(raised.json().get("name").asString()).isEqualTo("Recovery (Mondays)");
		assertThat(reload(waiting).status()).isEqualTo(EnrollmentStatus.ACTIVE);
		assertThat(reload(waiting).groupId()).isEqualTo(groupId);
		assertThat(this.groups.findById(groupId).orElseThrow().seatsLeft()).isZero();
		await().atMost(WAIT)
			.until(() -> enrollmentsTopic.events(EventTypes.GROUP_ASSIGNED.name(), waiting.evaluationId()).size() == 1);
	}

	@Test
	void aDischargeFreesTheSeatForTheFirstInAdmissionOrderAndTheCaseloadPlace() {
		String groupId = SchedulingFixtures.createGroup(this.director, "Recovery", Focus.SUBSTANCE_USE, Cohort.GENERAL,
				"EVENING", 1);
		SchedulingFixtures.createTherapist(this.director, "Ana Ruiz", 1, Focus.SUBSTANCE_USE);
		Enrollment seated = enroll(acceptedNow(false, false));
		this.clock.advance(Duration.ofMinutes(1));
		Enrollment firstAccepted = enroll(acceptedNow(false, false));
		this.clock.advance(Duration.ofMinutes(1));
		Enrollment injects = enroll(acceptedNow(false, true));
		this.clock.advance(Duration.ofMinutes(1));
		Enrollment pregnant = enroll(acceptedNow(true, false));
		this.clock.advance(Duration.ofMinutes(-3));
		assertThat(seated.therapistName()).isEqualTo("Ana Ruiz");

		JsonNode waitlist = this.scheduler.get("/api/waitlist").json();
		assertThat(waitlist.valueStream().map(entry -> entry.get("enrollmentId").asString()).toList())
			.containsExactly(pregnant.id(), injects.id(), firstAccepted.id());
		assertThat(waitlist.valueStream().map(entry -> entry.get("position").asInt()).toList()).containsExactly(1, 2, 3);
		assertThat(waitlist.get(0).get("priority").asString()).isEqualTo("PREGNANT");
		assertThat(waitlist.get(0).get("admitBy").asString()).isNotBlank();

		ApiClient.Response discharged = this.scheduler.post("/api/enrollments/" + seated.id() + "/discharge",
				Map.of("reason", "COMPLETED"));
		assertThat(discharged.status()).as(discharged.text()).isEqualTo(200);
		assertThat(discharged.json().get("status").asString()).isEqualTo("DISCHARGED");
		assertThat(reload(pregnant).status()).isEqualTo(EnrollmentStatus.ACTIVE);
		assertThat(reload(pregnant).therapistName()).as("the freed caseload place").isEqualTo("Ana Ruiz");
		assertThat(reload(injects).status()).isEqualTo(EnrollmentStatus.WAITLISTED);

		this.scheduler.post("/api/enrollments/" + pregnant.id() + "/discharge", Map.of("reason", "STEP_UP"));
		assertThat(reload(injects).status()).isEqualTo(EnrollmentStatus.ACTIVE);
		assertThat(reload(firstAccepted).status()).isEqualTo(EnrollmentStatus.WAITLISTED);
		assertThat(this.groups.findById(groupId).orElseThrow().seatsLeft()).isZero();
		await().atMost(WAIT)
			.until(() -> enrollmentsTopic.events(EventTypes.PATIENT_DISCHARGED.name(), seated.evaluationId()).size() == 1);

		ApiClient.Response again = this.scheduler.post("/api/enrollments/" + seated.id() + "/discharge",
				Map.of("reason", "COMPLETED"));
		assertThat(again.status()).isEqualTo(409);
		assertThat(again.json().get("detail").asString()).contains("The enrollment is DISCHARGED");
	}

	@Test
	void aTransferClosesOneMembershipAndOpensAnotherSoRostersByDateKeepTheHistoryAndItsEventNamesTheGroupLeft() {
		String from = SchedulingFixtures.createGroup(this.director, "Recovery A", Focus.SUBSTANCE_USE, Cohort.GENERAL,
				"EVENING", 5);
		Enrollment person = enroll(acceptedNow(false, false));
		String to = SchedulingFixtures.createGroup(this.director, "Recovery B", Focus.SUBSTANCE_USE, Cohort.GENERAL,
				"EVENING", 1);
		String other = SchedulingFixtures.createGroup(this.director, "Mind", Focus.MENTAL_HEALTH, Cohort.GENERAL,
				"EVENING", 5);
		thirtyDaysOn(today -> {
			ApiClient.Response mismatched = this.scheduler.post("/api/enrollments/" + person.id() + "/transfer",
					Map.of("groupId", other));
			assertThat(mismatched.status()).isEqualTo(400);

			ApiClient.Response moved = this.scheduler.post("/api/enrollments/" + person.id() + "/transfer",
					Map.of("groupId", to));
			assertThat(moved.status()).as(moved.text()).isEqualTo(200);
			assertThat(moved.json().get("groupId").asString()).isEqualTo(to);

			assertThat(rosterIds(from, today.minusDays(1))).containsExactly(person.id());
			assertThat(rosterIds(from, today)).isEmpty();
			assertThat(rosterIds(to, today)).containsExactly(person.id());
			assertThat(this.groups.findById(from).orElseThrow().seatsLeft()).isEqualTo(5);

			Enrollment second = enroll(acceptedNow(false, false));
			assertThat(second.groupId()).isEqualTo(from);
			ApiClient.Response full = this.scheduler.post("/api/enrollments/" + second.id() + "/transfer",
					Map.of("groupId", to));
			assertThat(full.status()).isEqualTo(409);
			assertThat(reload(second).groupId()).isEqualTo(from);
			await().atMost(WAIT)
				.until(() -> enrollmentsTopic.events(EventTypes.GROUP_ASSIGNED.name(), person.evaluationId()).size() == 2);
			assertThat(enrollmentsTopic.events(EventTypes.GROUP_ASSIGNED.name(), person.evaluationId()))
				.extracting(event -> ((GroupAssigned) event.payload()).previousGroupId())
				.containsExactly(null, from);
		});
	}

	@Test
	void aDischargeClosesTheMembershipTheEnrollmentJoinedWithAlsoWhenItWasStoredBeforeTheDayWasKept() {
		String groupId = SchedulingFixtures.createGroup(this.director, "Recovery", Focus.SUBSTANCE_USE, Cohort.GENERAL,
				"EVENING", 5);
		Enrollment current = enroll(acceptedNow(false, false));
		Enrollment storedEarlier = enroll(acceptedNow(false, false));
		assertThat(current.groupJoinedOn()).isEqualTo(current.startDate());
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(storedEarlier.id())), new Update().unset("groupJoinedOn"),
				"enrollments");
		thirtyDaysOn(today -> {
			for (Enrollment person : List.of(current, storedEarlier)) {
				ApiClient.Response discharged = this.scheduler.post("/api/enrollments/" + person.id() + "/discharge",
						Map.of("reason", "COMPLETED"));
				assertThat(discharged.status()).as(discharged.text()).isEqualTo(200);
			}

			assertThat(rosterIds(groupId, today.minusDays(1))).containsExactlyInAnyOrder(current.id(), storedEarlier.id());
			assertThat(rosterIds(groupId, today)).isEmpty();
			assertThat(this.groups.findById(groupId).orElseThrow().seatsLeft()).isEqualTo(5);
		});
	}

	@Test
	void theMembershipsOfAGroupStoredBeforeRostersWereKeptByIdAreListedAtStart() {
		String groupId = SchedulingFixtures.createGroup(this.director, "Recovery", Focus.SUBSTANCE_USE, Cohort.GENERAL,
				"EVENING", 5);
		Enrollment staying = enroll(acceptedNow(false, false));
		Enrollment leaving = enroll(acceptedNow(false, false));
		thirtyDaysOn(today -> {
			this.scheduler.post("/api/enrollments/" + leaving.id() + "/discharge", Map.of("reason", "COMPLETED"));
			this.mongo.updateFirst(Query.query(Criteria.where("_id").is(groupId)),
					new Update().unset("members").unset("rosterKept"), Group.class);
			this.mongo.remove(new Query(), RosterMonth.class);
			assertThat(rosterIds(groupId, today.minusDays(1))).as("stored before: nothing listed").isEmpty();

			this.rosterHistory.listStored();

			assertThat(rosterIds(groupId, today.minusDays(1))).containsExactlyInAnyOrder(staying.id(), leaving.id());
			assertThat(rosterIds(groupId, today)).containsExactly(staying.id());
			this.scheduler.post("/api/enrollments/" + staying.id() + "/discharge", Map.of("reason", "COMPLETED"));
			assertThat(rosterIds(groupId, today)).isEmpty();
			assertThat(this.groups.findById(groupId).orElseThrow().members()).isEmpty();
		});
	}

	/** Checks what holds thirty days on (given that day), then turns the clock back. */
	private void thirtyDaysOn(Consumer<LocalDate> check) {
		this.clock.advance(Duration.ofDays(30));
		try {
			check.accept(LocalDate.now(this.clock));
		}
		finally {
			this.clock.advance(Duration.ofDays(-30));
		}
	}

	private List<String> rosterIds(String groupId, LocalDate date) {
		return this.scheduler.get("/api/groups/" + groupId + "/roster?date=" + date)
			.json()
			.valueStream()
			.map(entry -> entry.get("enrollmentId").asString())
			.toList();
	}

	@Test
	void aGroupClosesOnlyWhenEmptyAndThenTakesNobody() {
		String groupId = SchedulingFixtures.createGroup(this.director, "Recovery", Focus.SUBSTANCE_USE, Cohort.GENERAL,
				"EVENING", 3);
		Enrollment member = enroll(acceptedNow(false, false));

		ApiClient.Response refused = this.director.post("/api/groups/" + groupId + "/close", Map.of());
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.json().get("detail").asString()).contains("has 1 members");

		this.scheduler.post("/api/enrollments/" + member.id() + "/discharge", Map.of("reason", "LEFT_PROGRAM"));
		ApiClient.Response closed = this.director.post("/api/groups/" + groupId + "/close", Map.of());
		assertThat(closed.status()).isEqualTo(200);
		assertThat(closed.json().get("open").asBoolean()).isFalse();
		assertThat(enroll(acceptedNow(false, false)).status()).isEqualTo(EnrollmentStatus.WAITLISTED);
	}

	@Test
	void theLastSeatAnnouncesAFullGroupOnce() {
		String groupId = SchedulingFixtures.createGroup(this.director, "Recovery", Focus.SUBSTANCE_USE, Cohort.GENERAL,
				"EVENING", 2);
		enroll(acceptedNow(false, false));
		Enrollment last = enroll(acceptedNow(false, false));
		enroll(acceptedNow(false, false));

		await().atMost(WAIT)
			.until(() -> enrollmentsTopic.events(EventTypes.GROUP_FULL.name(), last.evaluationId()).size() == 1);
		assertThat(enrollmentsTopic.records()).filteredOn(record -> record.value() != null
				&& record.value().contains(groupId) && record.value().contains("\"capacity\""))
			.hasSize(1);
	}

	@Test
	void staffAreWarnedOnceWhenAnAdmitByDeadlineIsNear() {
		SchedulingFixtures.createGroup(this.director, "Recovery", Focus.SUBSTANCE_USE, Cohort.GENERAL, "EVENING", 1);
		enroll(acceptedNow(false, false));
		Enrollment waiting = enroll(acceptedNow(false, false));
		assertThat(waiting.admitBy()).isEqualTo(LocalDate.now(this.clock).plusDays(14));
		Duration moved = Duration.ZERO;
		try {
			assertThat(this.sweep.warnNearDeadlines()).isZero();
			this.clock.advance(Duration.ofDays(11));
			moved = moved.plusDays(11);
			assertThat(this.sweep.warnNearDeadlines()).isZero();
			this.clock.advance(Duration.ofDays(1));
			moved = moved.plusDays(1);

			assertThat(this.sweep.warnNearDeadlines()).isEqualTo(1);
			assertThat(this.sweep.warnNearDeadlines()).as("warned once").isZero();
			assertThat(reload(waiting).admitByWarnedAt()).isNotNull();
		}
		finally {
			this.clock.advance(moved.negated());
		}
		await().atMost(WAIT)
			.until(() -> enrollmentsTopic.events(EventTypes.ADMIT_BY_NEAR.name(), waiting.evaluationId()).size() == 1);
		assertThat(this.scheduler.get("/api/waitlist").json().get(0).get("deadlineWarned").asBoolean()).isTrue();
	}

	@Test
	void aPersonWaitlistedBeforeTheWaitlistWasListedAsDueIsWarnedOnceTheServiceListsThem() {
		SchedulingFixtures.createGroup(this.director, "Recovery", Focus.SUBSTANCE_USE, Cohort.GENERAL, "EVENING", 1);
		enroll(acceptedNow(false, false));
		Enrollment waiting = enroll(acceptedNow(false, false));
		// Stored as before the list was kept: waitlisted, with nothing listed as due.
		this.mongo.remove(Query.query(Criteria.where("_id").is(waiting.id())), "enrollments_admit_by_due");
		this.clock.advance(Duration.ofDays(12));
		try {
			assertThat(this.sweep.warnNearDeadlines()).as("a person not listed as due is not read by the sweep").isZero();

			this.admitByWarnings.listStoredWaitlist();

			assertThat(this.sweep.warnNearDeadlines()).isEqualTo(1);
			assertThat(reload(waiting).admitByWarnedAt()).isNotNull();
		}
		finally {
			this.clock.advance(Duration.ofDays(-12));
		}
	}

	@Test
	void aPersonWaitlistedBeforeTheWaitingListWasKeptIsListedAtStartAndPromotedIntoTheNextSeat() {
		SchedulingFixtures.createGroup(this.director, "Recovery", Focus.SUBSTANCE_USE, Cohort.GENERAL, "EVENING", 1);
		Enrollment placed = enroll(acceptedNow(false, false));
		Enrollment waiting = enroll(acceptedNow(false, false));
		assertThat(this.scheduler.get("/api/waitlist").json().valueStream().map(entry -> entry.get("enrollmentId").asString()))
			.containsExactly(waiting.id());
		// Stored as before the waiting list was kept: waitlisted, with no entry of its own.
		this.mongo.remove(Query.query(Criteria.where("_id").is(waiting.id())), "enrollments_waiting");
		assertThat(this.scheduler.get("/api/waitlist").json().size()).as("the waitlist reads only the people listed").isZero();

		this.waitingList.listStored();

		assertThat(this.scheduler.get("/api/waitlist").json().valueStream().map(entry -> entry.get("enrollmentId").asString()))
			.containsExactly(waiting.id());
		this.enrollmentService.discharge(placed.id(), DischargeReason.COMPLETED);
		assertThat(reload(waiting).status()).isEqualTo(EnrollmentStatus.ACTIVE);
		assertThat(this.mongo.getCollection("enrollments_waiting").countDocuments()).as("promoted, and off the list").isZero();
	}

	@Test
	void aPersonDischargedFromTheWaitlistLeavesItAndAnEntryLeftByACrashAfterAPlacementIsPassedOverAndRemoved() {
		SchedulingFixtures.createGroup(this.director, "Recovery", Focus.SUBSTANCE_USE, Cohort.GENERAL, "EVENING", 1);
		Enrollment placed = enroll(acceptedNow(false, false));
		Enrollment leaving = enroll(acceptedNow(false, false));

		this.enrollmentService.discharge(leaving.id(), DischargeReason.LEFT_PROGRAM);

		assertThat(this.mongo.getCollection("enrollments_waiting").countDocuments()).isZero();
		// As if a crash came between storing a promotion and taking the person off the list.
		this.mongo.getCollection("enrollments_waiting").insertOne(new Document("_id", placed.id())
			.append("primaryFocus", "SUBSTANCE_USE").append("track", "EVENING").append("cohort", "GENERAL")
			.append("priorityRank", 2).append("acceptedAt", Date.from(placed.acceptedAt())));
		assertThat(this.scheduler.get("/api/waitlist").json().size()).isZero();
		assertThat(this.mongo.getCollection("enrollments_waiting").countDocuments()).isZero();
	}

}

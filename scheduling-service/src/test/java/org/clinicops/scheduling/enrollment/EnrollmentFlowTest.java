package org.clinicops.scheduling.enrollment;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.bson.Document;
import org.clinicops.contracts.Cohort;
import org.clinicops.contracts.EvaluationAccepted;
import org.clinicops.contracts.EventEnvelope;
import org.clinicops.contracts.EventTypes;
import org.clinicops.contracts.Focus;
import org.clinicops.contracts.Topics;
import org.clinicops.contracts.Track;
import org.clinicops.scheduling.SchedulingFixtures;
import org.clinicops.scheduling.clinicians.CaseloadReservation;
import org.clinicops.scheduling.clinicians.Therapist;
import org.clinicops.scheduling.clinicians.Therapists;
import org.clinicops.scheduling.groups.Group;
import org.clinicops.scheduling.groups.Groups;
import org.clinicops.scheduling.groups.OpenGroupList;
import org.clinicops.scheduling.groups.OpenGroups;
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

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ClinicIntegrationTest
class EnrollmentFlowTest {

	private static final Duration WAIT = Duration.ofSeconds(15);

	private static EventPublisher publisher;

	private static TopicRecorder enrollmentsTopic;

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	Enrollments enrollments;

	@Autowired
	Groups groups;

	@Autowired
	OpenGroups openGroups;

	@Autowired
	Therapists therapists;

	@Autowired
	EnrollmentService enrollmentService;

	@Autowired
	CaseloadReservation caseloads;

	@Autowired
	KafkaListenerEndpointRegistry listeners;

	private ApiClient director;

	@BeforeAll
	static void kafkaClients() {
		publisher = new EventPublisher();
		enrollmentsTopic = TopicRecorder.of(Topics.SCHEDULING_ENROLLMENTS);
	}

	@AfterAll
	static void closeKafkaClients() {
		publisher.close();
		enrollmentsTopic.close();
	}

	@BeforeEach
	void emptyProgram() {
		SchedulingFixtures.emptyProgram(this.mongo);
		this.director = ApiClient.as(TestStaff.DIRECTOR, "http://localhost:" + this.port);
	}

	private String createGroup(String name, Focus focus, Cohort cohort, String track, int capacity) {
		return SchedulingFixtures.createGroup(this.director, name, focus, cohort, track, capacity);
	}

	private void createTherapist(String name, int caseload, Focus specialty) {
		SchedulingFixtures.createTherapist(this.director, name, caseload, specialty);
	}

	private static EvaluationAccepted accepted(Focus focus, Cohort cohort) {
		return SchedulingFixtures.accepted(focus, cohort);
	}

	private Enrollment settled(String evaluationId) {
		await().atMost(WAIT)
			.until(() -> this.enrollments.findByEvaluationId(evaluationId)
				.filter(e -> e.status() != EnrollmentStatus.PENDING)
				.isPresent());
		return this.enrollments.findByEvaluationId(evaluationId).orElseThrow();
	}

	@Test
	void anAcceptedEvaluationIsEnrolledInAMatchingGroupWithATherapist() {
		String groupId = createGroup("Women's Recovery (evening)", Focus.SUBSTANCE_USE, Cohort.WOMEN, "EVENING", 10);
		createGroup("Recovery Foundations (evening)", Focus.SUBSTANCE_USE, Cohort.GENERAL, "EVENING", 12);
		createTherapist("Ana Ruiz", 10, Focus.SUBSTANCE_USE);
		EvaluationAccepted accepted = accepted(Focus.SUBSTANCE_USE, Cohort.WOMEN);

		publisher.publish(EventTypes.EVALUATION_ACCEPTED, accepted);

		Enrollment enrollment = settled(accepted.evaluationId());
		assertThat(enrollment.status()).isEqualTo(EnrollmentStatus.ACTIVE);
		assertThat(enrollment.groupId()).isEqualTo(groupId);
		assertThat(enrollment.therapistName()).isEqualTo("Ana Ruiz");
		await().atMost(WAIT).untilAsserted(() -> {
			assertThat(enrollmentsTopic.events(EventTypes.PATIENT_ENROLLED.name(), accepted.evaluationId())).hasSize(1);
			assertThat(enrollmentsTopic.events(EventTypes.GROUP_ASSIGNED.name(), accepted.evaluationId())).hasSize(1);
		});
		ApiClient.Response listed = ApiClient.as(TestStaff.SCHEDULER, "http://localhost:" + this.port)
			.get("/api/enrollments?evaluationId=" + accepted.evaluationId());
		assertThat(listed.json().at("/0/groupName").asString()).isEqualTo("Women's Recovery (evening)");
		assertThat(listed.json().at("/0/track").asString()).isEqualTo("EVENING");
		assertThat(listed.json().at("/0/therapistId").asString()).isNotBlank();
		assertThat(prometheus()).containsPattern("clinic_enrollments_total\\{[^}]*track=\"EVENING\"[^}]*\\} [1-9]")
			.doesNotContain(accepted.evaluationId());
	}

	private List<String> listed(Focus focus, Track track) {
		OpenGroupList listed = this.mongo.findById(OpenGroupList.idOf(focus, track), OpenGroupList.class);
		return (listed == null) ? List.of() : listed.groups();
	}

	private String prometheus() {
		return ApiClient.as(TestStaff.OPS, "http://localhost:" + this.port).get("/actuator/prometheus").text();
	}

	@Test
	void theSameAcceptanceDeliveredTwiceGivesOneEnrollmentOneSeatAndOneSetOfEvents() {
		String groupId = createGroup("Recovery Foundations (evening)", Focus.SUBSTANCE_USE, Cohort.GENERAL, "EVENING",
				12);
		createTherapist("Ben Cole", 10, Focus.SUBSTANCE_USE);
		EvaluationAccepted accepted = accepted(Focus.SUBSTANCE_USE, Cohort.GENERAL);
		EventEnvelope envelope = EventPublisher.envelope(EventTypes.EVALUATION_ACCEPTED, accepted);

		publisher.publish(EventTypes.EVALUATION_ACCEPTED, envelope, accepted);
		settled(accepted.evaluationId());
		publisher.publish(EventTypes.EVALUATION_ACCEPTED, envelope, accepted);
		publisher.publish(EventTypes.EVALUATION_ACCEPTED, accepted);
		EvaluationAccepted marker = accepted(Focus.SUBSTANCE_USE, Cohort.GENERAL);
		publisher.publish(EventTypes.EVALUATION_ACCEPTED, marker);
		settled(marker.evaluationId());

		assertThat(this.enrollments.findAll().stream().filter(e -> e.evaluationId().equals(accepted.evaluationId())))
			.hasSize(1);
		assertThat(this.groups.findById(groupId).orElseThrow().seatsLeft()).isEqualTo(10);
		assertThat(this.therapists.findAll().get(0).slotsLeft()).isEqualTo(8);
		await().atMost(WAIT)
			.until(() -> enrollmentsTopic.events(EventTypes.PATIENT_ENROLLED.name(), marker.evaluationId()).size() == 1);
		assertThat(enrollmentsTopic.events(EventTypes.PATIENT_ENROLLED.name(), accepted.evaluationId())).hasSize(1);
		assertThat(enrollmentsTopic.events(EventTypes.GROUP_ASSIGNED.name(), accepted.evaluationId())).hasSize(1);
	}

	@Test
	void aCaseloadPlaceTakenBeforeACrashIsFoundAgainNotTakenTwice() {
		createTherapist("Ben Cole", 10, Focus.SUBSTANCE_USE);
		createTherapist("Ana Ruiz", 10, Focus.SUBSTANCE_USE);
		Therapist first = this.caseloads.assign("enrollment-taken-before-a-crash", Focus.SUBSTANCE_USE, false)
			.orElseThrow();

		// The other therapist now has more room: only finding the place held keeps the same one.
		Therapist again = this.caseloads.assign("enrollment-taken-before-a-crash", Focus.SUBSTANCE_USE, true)
			.orElseThrow();

		assertThat(again.id()).isEqualTo(first.id());
		assertThat(this.therapists.findAll()).extracting(Therapist::slotsLeft).containsExactlyInAnyOrder(9, 10);
		assertThat(this.mongo.find(Query.query(Criteria.where("clients").is("enrollment-taken-before-a-crash")),
				Therapist.class)).extracting(Therapist::id).containsExactly(first.id());
	}

	@Test
	void aNewCaseloadPlaceIsTakenWithTheTherapistWithTheMostRoomAmongManyWithRoom() {
		for (int caseload = 3; caseload <= 9; caseload++) {
			createTherapist("Therapist with " + caseload, caseload, Focus.MENTAL_HEALTH);
		}
		createTherapist("Eating disorders only", 20, Focus.EATING_DISORDER);

		Therapist chosen = this.caseloads.assign("enrollment-new", Focus.MENTAL_HEALTH, false).orElseThrow();

		assertThat(chosen.name()).isEqualTo("Therapist with 9");
		assertThat(this.therapists.findById(chosen.id()).orElseThrow().slotsLeft()).isEqualTo(8);
	}

	@Test
	void placementsRacingForTheLastCaseloadPlacesTakeEachOnceAndOverfillNone() throws Exception {
		createTherapist("Ana Ruiz", 3, Focus.SUBSTANCE_USE);
		createTherapist("Ben Cole", 2, Focus.SUBSTANCE_USE);
		List<String> enrollmentIds = IntStream.range(0, 12).mapToObj(i -> "racing-enrollment-" + i).toList();
		ExecutorService racers = Executors.newFixedThreadPool(4);
		Map<String, String> placedWith;
		try {
			CyclicBarrier start = new CyclicBarrier(4);
			List<Callable<Map<String, String>>> placements = new ArrayList<>();
			for (int racer = 0; racer < 4; racer++) {
				List<String> own = enrollmentIds.subList(racer * 3, racer * 3 + 3);
				placements.add(() -> {
					start.await();
					Map<String, String> placed = new HashMap<>();
					own.forEach(id -> this.caseloads.assign(id, Focus.SUBSTANCE_USE, false)
						.ifPresent(therapist -> placed.put(id, therapist.id())));
					return placed;
				});
			}
			placedWith = new HashMap<>();
			for (Future<Map<String, String>> result : racers.invokeAll(placements)) {
				placedWith.putAll(result.get());
			}
		}
		finally {
			racers.shutdownNow();
		}

		assertThat(placedWith).hasSize(5);
		assertThat(this.mongo.findAll(Document.class, "therapists")).hasSize(2).allSatisfy(therapist -> {
			assertThat(therapist.getInteger("slotsLeft")).isZero();
			assertThat(therapist.getList("clients", String.class)).doesNotHaveDuplicates()
				.hasSize(therapist.getInteger("caseloadCapacity"))
				.allSatisfy(client -> assertThat(placedWith).containsEntry(client, therapist.getString("_id")));
		});
	}

	@Test
	void acceptancesReadInOneBatchAreSpreadOverTheMatchingGroupsAsOneAtATimeWouldBe() {
		String first = createGroup("Recovery Foundations (evening)", Focus.SUBSTANCE_USE, Cohort.GENERAL, "EVENING", 4);
		String second = createGroup("Recovery Skills (evening)", Focus.SUBSTANCE_USE, Cohort.GENERAL, "EVENING", 4);
		MessageListenerContainer acceptances = this.listeners.getAllListenerContainers()
			.stream()
			.filter(container -> "scheduling-service".equals(container.getGroupId()) && List
				.of(container.getContainerProperties().getTopics())
				.contains(Topics.INTAKE_EVALUATIONS))
			.findFirst()
			.orElseThrow();
		List<EvaluationAccepted> four = IntStream.range(0, 4).mapToObj(i -> accepted(Focus.SUBSTANCE_USE, Cohort.GENERAL)).toList();
		acceptances.pause();
		try {
			await().atMost(WAIT).until(acceptances::isContainerPaused);
			publisher.publishTogether(EventTypes.EVALUATION_ACCEPTED, UUID.randomUUID().toString(), four);
		}
		finally {
			acceptances.resume();
		}

		four.forEach(accepted -> assertThat(settled(accepted.evaluationId()).status()).isEqualTo(EnrollmentStatus.ACTIVE));
		assertThat(this.groups.findById(first).orElseThrow().seatsLeft()).isEqualTo(2);
		assertThat(this.groups.findById(second).orElseThrow().seatsLeft()).isEqualTo(2);
	}

	@Test
	void anEnrollmentStoredBeforeIdsHadOneDerivationIsFoundAgainByItsEvaluation() {
		createGroup("Recovery Foundations (morning)", Focus.SUBSTANCE_USE, Cohort.GENERAL, "MORNING", 12);
		EvaluationAccepted accepted = accepted(Focus.SUBSTANCE_USE, Cohort.GENERAL);
		String storedId = this.enrollmentService.enroll(accepted, "before-upgrade").id();
		String idBeforeUpgrade = UUID
			.nameUUIDFromBytes(("enrollment:" + accepted.evaluationId()).getBytes(StandardCharsets.UTF_8))
			.toString();
		Document stored = this.mongo.findById(storedId, Document.class, "enrollments");
		this.mongo.remove(Query.query(Criteria.where("_id").is(storedId)), "enrollments");
		this.mongo.insert(stored.append("_id", idBeforeUpgrade), "enrollments");

		Enrollment again = this.enrollmentService.enroll(accepted, "redelivered");

		assertThat(again.id()).isEqualTo(idBeforeUpgrade);
		assertThat(this.enrollments.findAll().stream().filter(e -> e.evaluationId().equals(accepted.evaluationId())))
			.hasSize(1);
	}

	@Test
	void withNoSeatLeftThePersonIsWaitlistedWithAnAdmitByDeadline() {
		createGroup("Nourish (evening)", Focus.EATING_DISORDER, Cohort.GENERAL, "EVENING", 1);
		EvaluationAccepted first = accepted(Focus.EATING_DISORDER, Cohort.GENERAL);
		EvaluationAccepted second = accepted(Focus.EATING_DISORDER, Cohort.GENERAL);

		publisher.publish(EventTypes.EVALUATION_ACCEPTED, first);
		assertThat(settled(first.evaluationId()).status()).isEqualTo(EnrollmentStatus.ACTIVE);
		publisher.publish(EventTypes.EVALUATION_ACCEPTED, second);

		Enrollment waitlisted = settled(second.evaluationId());
		assertThat(waitlisted.status()).isEqualTo(EnrollmentStatus.WAITLISTED);
		assertThat(waitlisted.groupId()).isNull();
		assertThat(waitlisted.admitBy()).isEqualTo(LocalDate.of(2026, 12, 12));
		await().atMost(WAIT)
			.until(() -> enrollmentsTopic.events(EventTypes.PATIENT_WAITLISTED.name(), second.evaluationId()).size() == 1);
		assertThat(prometheus()).containsPattern("clinic_enrollments_waitlisted_total\\{[^}]*track=\"EVENING\"[^}]*\\} [1-9]");
	}

	@Test
	void aSeatIsLookedForOnlyInTheOpenGroupsOfTheFocusAndTrackWithOneLeft() {
		String open = createGroup("Recovery Foundations (evening)", Focus.SUBSTANCE_USE, Cohort.GENERAL, "EVENING", 12);
		String full = createGroup("Recovery Circle (evening)", Focus.SUBSTANCE_USE, Cohort.GENERAL, "EVENING", 8);
		String closed = createGroup("Recovery Skills (evening)", Focus.SUBSTANCE_USE, Cohort.GENERAL, "EVENING", 12);
		createGroup("Recovery Foundations (morning)", Focus.SUBSTANCE_USE, Cohort.GENERAL, "MORNING", 12);
		createGroup("Steady Ground (evening)", Focus.MENTAL_HEALTH, Cohort.GENERAL, "EVENING", 12);
		this.mongo.updateFirst(Query.query(Criteria.where("_id").is(full)), new Update().set("seatsLeft", 0), Group.class);
		assertThat(this.director.post("/api/groups/" + closed + "/close", Map.of()).status()).isEqualTo(200);

		assertThat(this.openGroups.withSeatLeft(Focus.SUBSTANCE_USE, Track.EVENING)).extracting(Group::id)
			.containsExactly(open);
	}

	@Test
	void theOpenGroupsOfAFocusAndTrackAreListedByIdAndAClosedOneIsLeftOut() {
		String first = createGroup("Recovery Foundations (evening)", Focus.SUBSTANCE_USE, Cohort.GENERAL, "EVENING", 12);
		String second = createGroup("Recovery Circle (evening)", Focus.SUBSTANCE_USE, Cohort.GENERAL, "EVENING", 8);
		String morning = createGroup("Recovery Foundations (morning)", Focus.SUBSTANCE_USE, Cohort.GENERAL, "MORNING", 12);
		assertThat(this.director.post("/api/groups/" + second + "/close", Map.of()).status()).isEqualTo(200);

		assertThat(listed(Focus.SUBSTANCE_USE, Track.EVENING)).containsExactly(first);
		assertThat(listed(Focus.SUBSTANCE_USE, Track.MORNING)).containsExactly(morning);
		assertThat(listed(Focus.MENTAL_HEALTH, Track.EVENING)).isEmpty();
	}

	@Test
	void anOpenGroupStoredBeforeOpenGroupsWereListedIsListedAtStartAndGivesSeats() {
		String groupId = createGroup("Recovery Foundations (evening)", Focus.SUBSTANCE_USE, Cohort.GENERAL, "EVENING", 12);
		String closed = createGroup("Recovery Circle (evening)", Focus.SUBSTANCE_USE, Cohort.GENERAL, "EVENING", 8);
		assertThat(this.director.post("/api/groups/" + closed + "/close", Map.of()).status()).isEqualTo(200);
		this.mongo.remove(new Query(), OpenGroupList.class);
		assertThat(this.openGroups.withSeatLeft(Focus.SUBSTANCE_USE, Track.EVENING)).isEmpty();

		this.openGroups.listStored();

		assertThat(listed(Focus.SUBSTANCE_USE, Track.EVENING)).containsExactly(groupId);
		EvaluationAccepted accepted = accepted(Focus.SUBSTANCE_USE, Cohort.GENERAL);
		publisher.publish(EventTypes.EVALUATION_ACCEPTED, accepted);
		assertThat(settled(accepted.evaluationId()).groupId()).isEqualTo(groupId);
	}

	@Test
	void aSeatSearchReadsTheGroupsItCanChooseWithoutTheirHoldersAndMembers() {
		String groupId = createGroup("Recovery Foundations (evening)", Focus.SUBSTANCE_USE, Cohort.GENERAL, "EVENING", 12);
		EvaluationAccepted accepted = accepted(Focus.SUBSTANCE_USE, Cohort.GENERAL);
		publisher.publish(EventTypes.EVALUATION_ACCEPTED, accepted);
		Enrollment seated = settled(accepted.evaluationId());
		assertThat(seated.groupId()).isEqualTo(groupId);
		assertThat(this.groups.findById(groupId).orElseThrow().members()).hasSize(1);

		assertThat(this.openGroups.withSeatLeft(Focus.SUBSTANCE_USE, Track.EVENING)).singleElement()
			.satisfies(group -> assertThat(group.seatsLeft()).isEqualTo(11))
			.satisfies(group -> assertThat(group.meetings()).isNotEmpty())
			.satisfies(group -> assertThat(group.members()).isEmpty());
	}

	@Test
	void twoAcceptancesRacingForTheLastSeatGiveOneAssignmentAndOneWaitlistEntry() throws Exception {
		ExecutorService racers = Executors.newFixedThreadPool(2);
		try {
			for (int round = 0; round < 10; round++) {
				String groupId = createGroup("Coping Skills " + round, Focus.MENTAL_HEALTH, Cohort.GENERAL, "EVENING", 1);
				EvaluationAccepted one = accepted(Focus.MENTAL_HEALTH, Cohort.GENERAL);
				EvaluationAccepted other = accepted(Focus.MENTAL_HEALTH, Cohort.GENERAL);
				CyclicBarrier start = new CyclicBarrier(2);
				List<Future<Enrollment>> results = racers.invokeAll(List.<Callable<Enrollment>>of(() -> {
					start.await();
					return this.enrollmentService.enroll(one, "race");
				}, () -> {
					start.await();
					return this.enrollmentService.enroll(other, "race");
				}));

				List<EnrollmentStatus> outcomes = List.of(results.get(0).get().status(), results.get(1).get().status());
				assertThat(outcomes).containsExactlyInAnyOrder(EnrollmentStatus.ACTIVE, EnrollmentStatus.WAITLISTED);
				assertThat(this.groups.findById(groupId).orElseThrow().seatsLeft()).isZero();
				assertThat(this.groups.findById(groupId).orElseThrow().holders()).hasSize(1);
				this.groups.deleteById(groupId);
				// The loser would otherwise be promoted into the next round's new group.
				this.enrollments.deleteAll();
			}
		}
		finally {
			racers.shutdownNow();
		}
	}

	@Test
	void aGroupWithInvalidFieldsIsRefusedWithTheFieldsNamed() {
		ApiClient.Response refused = this.director.post("/api/groups", Map.of("name", "", "focus", "GAMBLING"));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(refused.json().at("/errors/0/field").asString()).isEqualTo("focus");
		assertThat(this.groups.count()).isZero();

		ApiClient.Response incomplete = this.director.post("/api/groups", Map.of("name", "", "focus", "MENTAL_HEALTH",
				"cohort", "GENERAL", "track", "MORNING", "capacity", 0, "meetings", List.of()));
		assertThat(incomplete.status()).isEqualTo(400);
		assertThat(incomplete.json().get("errors").valueStream().map(e -> e.get("field").asString()))
			.contains("name", "capacity", "facilitator", "meetings");
		assertThat(this.groups.count()).isZero();
	}

	@Test
	void theEnrollmentListComesAPageAtATimeNewestFirstNarrowedByGroupAndStatus() {
		String groupId = createGroup("Recovery Foundations (evening)", Focus.SUBSTANCE_USE, Cohort.GENERAL, "EVENING", 12);
		createGroup("Mood and Anxiety (evening)", Focus.MENTAL_HEALTH, Cohort.GENERAL, "EVENING", 12);
		createTherapist("Ana Ruiz", 10, Focus.SUBSTANCE_USE);
		createTherapist("Ben Okafor", 10, Focus.MENTAL_HEALTH);
		List<EvaluationAccepted> inGroup = new ArrayList<>();
		// Accepted two to a second: a page can end between two of the same time.
		for (int i = 0; i < 5; i++) {
			inGroup.add(SchedulingFixtures.accepted(Focus.SUBSTANCE_USE, Cohort.GENERAL, false, false,
					Instant.parse("2026-11-28T11:00:00Z").plusSeconds(i / 2)));
			publisher.publish(EventTypes.EVALUATION_ACCEPTED, inGroup.get(i));
		}
		Map<String, Instant> acceptedAt = inGroup.stream()
			.collect(Collectors.toMap(EvaluationAccepted::evaluationId, EvaluationAccepted::acceptedAt));
		EvaluationAccepted elsewhere = accepted(Focus.MENTAL_HEALTH, Cohort.GENERAL);
		publisher.publish(EventTypes.EVALUATION_ACCEPTED, elsewhere);
		inGroup.forEach(accepted -> settled(accepted.evaluationId()));
		settled(elsewhere.evaluationId());
		ApiClient scheduler = ApiClient.as(TestStaff.SCHEDULER, "http://localhost:" + this.port);

		List<List<JsonNode>> pages = scheduler.pages("/api/enrollments?groupId=" + groupId + "&status=ACTIVE&size=2");
		List<Integer> pageSizes = pages.stream().map(List::size).toList();
		List<JsonNode> listed = pages.stream().flatMap(List::stream).toList();

		assertThat(pageSizes).containsExactly(2, 2, 1);
		assertThat(listed).extracting(enrollment -> enrollment.get("evaluationId").asString())
			.containsExactlyInAnyOrderElementsOf(inGroup.stream().map(EvaluationAccepted::evaluationId).toList());
		assertThat(listed).extracting(enrollment -> acceptedAt.get(enrollment.get("evaluationId").asString()))
			.isSortedAccordingTo(Comparator.reverseOrder());
		assertThat(scheduler.allPages("/api/enrollments?status=ACTIVE")).hasSize(6);
		assertThat(scheduler.get("/api/enrollments?status=WAITLISTED").json().size()).isZero();
	}

	@Test
	void onlyTheDirectorAndSchedulersManageGroups() {
		ApiClient clinician = ApiClient.as(TestStaff.CLINICIAN, "http://localhost:" + this.port);

		assertThat(clinician.post("/api/groups", Map.of()).status()).isEqualTo(403);
		assertThat(clinician.get("/api/groups").status()).isEqualTo(200);
		assertThat(ApiClient.anonymous("http://localhost:" + this.port).get("/api/enrollments").status()).isEqualTo(401);
	}

}

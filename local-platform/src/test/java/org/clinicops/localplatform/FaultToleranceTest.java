package org.clinicops.localplatform;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.clinicops.common.messaging.KafkaCloudEvents;
import org.clinicops.contracts.Cohort;
import org.clinicops.contracts.EvaluationAccepted;
import org.clinicops.contracts.EventTypes;
import org.clinicops.contracts.Focus;
import org.clinicops.contracts.Topics;
import org.clinicops.testsupport.ApiClient;
import org.clinicops.testsupport.EventPublisher;
import org.clinicops.testsupport.TestStaff;
import org.clinicops.testsupport.TopicRecorder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Faults injected into a whole local stack of its own (its broker and database can be stopped
 * and started like an outage): the end state is counted exactly.
 */
class FaultToleranceTest {

	private static TemporaryStack stack;

	private static PlatformClient client;

	@BeforeAll
	static void startStack() throws Exception {
		stack = TemporaryStack.start(Map.of("CLINIC_OUTBOX_POLL_INTERVAL", "50ms"));
		client = new PlatformClient(stack.baseUrl("intake-service"), stack.baseUrl("scheduling-service"),
				stack.baseUrl("notification-service"));
	}

	@AfterAll
	static void stopStack() throws Exception {
		if (stack != null) {
			stack.close();
		}
	}

	@Test
	void whileTheBrokerIsDownRequestsAndDecisionsAreStoredAndAfterwardsEveryEventArrivesAndActsOnce()
			throws Exception {
		client.createGroup("Outage (evening)", "SUBSTANCE_USE", "Maya Chen", 20);
		client.createTherapist("Ana Ruiz", "SUBSTANCE_USE");
		List<String> before = List.of(client.submitScreenAndAccept("SUBSTANCE_USE"),
				client.submitScreenAndAccept("SUBSTANCE_USE"));
		before.forEach(id -> client.awaitEnrollment(id, "ACTIVE"));

		stack.stopKafka();
		List<String> during = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			ApiClient.Response submitted = client.submit("SUBSTANCE_USE");
			assertThat(submitted.status()).as("submitted while Kafka is down: %s", submitted.text()).isEqualTo(201);
			during.add(submitted.json().get("id").asString());
		}
		client.screenAndAccept(during.get(0), "SUBSTANCE_USE");
		client.screenAndAccept(during.get(1), "SUBSTANCE_USE");
		awaitReadiness(503);
		stack.startKafka();
		awaitReadiness(200);

		client.awaitEnrollment(during.get(0), "ACTIVE");
		client.awaitEnrollment(during.get(1), "ACTIVE");
		for (String id : during) {
			await().atMost(PlatformClient.WAIT)
				.untilAsserted(() -> assertThat(client.alertsFor(id)).contains("EVALUATION_REQUESTED INTAKE_COORDINATOR -"));
		}
		await().atMost(PlatformClient.WAIT)
			.untilAsserted(() -> assertThat(client.alertsFor(during.get(1))).containsExactlyInAnyOrder(
					"EVALUATION_REQUESTED INTAKE_COORDINATOR -", "EVALUATION_ACCEPTED INTAKE_COORDINATOR -",
					"PATIENT_ENROLLED CLINICIAN Ana Ruiz", "GROUP_ASSIGNED CLINICIAN Maya Chen"));
		assertThat(client.alertsFor(during.get(2))).containsExactly("EVALUATION_REQUESTED INTAKE_COORDINATOR -");
		for (String id : List.of(before.get(0), before.get(1), during.get(0), during.get(1))) {
			assertThat(client.schedulerAtScheduling.get("/api/enrollments?evaluationId=" + id).json().size())
				.as("enrollments of %s", id)
				.isEqualTo(1);
			// The enrollment's own alerts follow its answer on Kafka: awaited like the ones above.
			await().atMost(PlatformClient.WAIT)
				.untilAsserted(() -> assertThat(client.alertsFor(id)).as("alerts of %s", id).hasSize(4));
		}
		try (TopicRecorder evaluations = new TopicRecorder(stack.kafkaBootstrapServers(), Topics.INTAKE_EVALUATIONS)) {
			await().atMost(PlatformClient.WAIT).until(() -> acceptedIds(evaluations, during).size() == 2);
			assertThat(acceptedIds(evaluations, during)).as("one event id per acceptance").doesNotHaveDuplicates();
		}
	}

	/** Every service's readiness (as a load balancer asks it, without a login) answers this status. */
	private static void awaitReadiness(int status) {
		for (String service : List.of("intake-service", "scheduling-service", "notification-service")) {
			ApiClient probe = ApiClient.anonymous(stack.baseUrl(service));
			await().atMost(PlatformClient.WAIT)
				.untilAsserted(() -> assertThat(probe.get("/actuator/health/readiness").status()).as("%s readiness", service)
					.isEqualTo(status));
		}
	}

	private static List<String> acceptedIds(TopicRecorder evaluations, List<String> evaluationIds) {
		return evaluations.records()
			.stream()
			.filter(record -> evaluationIds.contains(record.key()))
			.map(record -> KafkaCloudEvents.from(record.headers()))
			.filter(envelope -> EventTypes.EVALUATION_ACCEPTED.name().equals(envelope.type()))
			.map(envelope -> envelope.id())
			.distinct()
			.toList();
	}

	@Test
	void whileTheDatabaseIsDownTheApiAnswers503WithAProblemDetailAndRecoversByItself() throws Exception {
		String stored = client.submitScreenAndAccept("MENTAL_HEALTH");
		ApiClient coordinator = ApiClient.as(TestStaff.COORDINATOR, stack.baseUrl("intake-service"));

		stack.stopMongo();
		ApiClient.Response refused;
		try {
			refused = client.submit("MENTAL_HEALTH");
			awaitReadiness(503);
		}
		finally {
			stack.startMongo();
		}
		awaitReadiness(200);

		assertThat(refused.status()).as(refused.text()).isEqualTo(503);
		assertThat(refused.isProblem()).isTrue();
		assertThat(refused.json().get("detail").asString()).contains("nothing was changed");
		assertThat(refused.headers().getFirst("Retry-After")).isEqualTo("5");
		await().atMost(PlatformClient.WAIT).until(() -> client.submit("MENTAL_HEALTH").status() == 201);
		assertThat(coordinator.get("/api/evaluation-requests/" + stored).status()).isEqualTo(200);
	}

	@Test
	void aSchedulingServiceKilledInTheMiddleOfABatchLosesAndDoublesNoEnrollmentOrAlert() throws Exception {
		for (String name : List.of("Batch A", "Batch B", "Batch C")) {
			client.createGroup(name, "EATING_DISORDER", "Hannah Becker", 50);
		}
		client.createTherapist("Dev Patel", "EATING_DISORDER");
		List<EvaluationAccepted> batch = new ArrayList<>();
		for (int i = 0; i < 120; i++) {
			batch.add(new EvaluationAccepted(UUID.randomUUID().toString(), "B.C.", Focus.EATING_DISORDER, Cohort.GENERAL,
					true, false, false, false, false, LocalDate.of(2026, 12, 7), Instant.now()));
		}
		try (EventPublisher publisher = new EventPublisher(stack.kafkaBootstrapServers())) {
			batch.forEach(accepted -> publisher.publish(EventTypes.EVALUATION_ACCEPTED, accepted));
		}
		await().atMost(PlatformClient.WAIT).until(() -> enrollmentsOf(batch) >= 5);

		stack.crashAndRestart("scheduling-service");
		int afterCrash = enrollmentsOf(batch);

		await().atMost(Duration.ofMinutes(2)).until(() -> enrollmentsOf(batch) == batch.size());
		for (EvaluationAccepted accepted : batch) {
			assertThat(client.schedulerAtScheduling.get("/api/enrollments?evaluationId=" + accepted.evaluationId())
				.json()
				.valueStream()
				.map(enrollment -> enrollment.get("status").asString())
				.toList()).as("enrollments of %s", accepted.evaluationId()).containsExactly("ACTIVE");
		}
		int seatsLeft = client.schedulerAtScheduling.allPages("/api/groups")
			.stream()
			.filter(group -> group.get("name").asString().startsWith("Batch "))
			.mapToInt(group -> group.get("seatsLeft").asInt())
			.sum();
		assertThat(seatsLeft).as("one seat taken per person").isEqualTo(150 - batch.size());
		List<String> ids = batch.stream().map(EvaluationAccepted::evaluationId).toList();
		// Accepted (coordinators), enrolled (the therapist, or the schedulers when none had room), group assigned.
		await().atMost(PlatformClient.WAIT).until(() -> alertsOf(ids).size() == 3 * batch.size());
		assertThat(alertsOf(ids)).as("one of each alert per person").doesNotHaveDuplicates();
		System.out.printf("crash test: %d of %d enrolled when scheduling-service was killed%n", afterCrash, batch.size());
	}

	/** The alerts of these evaluations as "evaluationId TYPE RECIPIENT_ROLE recipient". */
	private static List<String> alertsOf(List<String> evaluationIds) {
		return client.directorAtNotification.allPages("/api/alerts")
			.stream()
			.filter(alert -> evaluationIds.contains(alert.get("evaluationId").asString()))
			.map(alert -> alert.get("evaluationId").asString() + " " + alert.get("type").asString())
			.toList();
	}

	private static int enrollmentsOf(List<EvaluationAccepted> batch) {
		List<String> ids = batch.stream().map(EvaluationAccepted::evaluationId).toList();
		return (int) client.schedulerAtScheduling.allPages("/api/enrollments?status=ACTIVE")
			.stream()
			.filter(enrollment -> ids.contains(enrollment.get("evaluationId").asString()))
			.count();
	}

}

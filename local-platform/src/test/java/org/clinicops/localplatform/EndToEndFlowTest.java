package org.clinicops.localplatform;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.clinicops.common.events.EventTypes;
import org.clinicops.common.events.Topics;
import org.clinicops.common.messaging.CloudEventHeaders;
import org.clinicops.testsupport.ApiClient;
import org.clinicops.testsupport.ConsumerGroups;
import org.clinicops.testsupport.EventPublisher;
import org.clinicops.testsupport.TestInfrastructure;
import org.clinicops.testsupport.TestStaff;
import org.clinicops.testsupport.TopicRecorder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The three services, each in its own JVM from its built jar, against one real Kafka broker and
 * one MongoDB server: a person's request walks through intake, scheduling and notification with
 * nothing but HTTP calls and the events between the services.
 */
class EndToEndFlowTest {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static PlatformServices platform;

	private static ApiClient anonymousIntake;

	private static ApiClient clinician;

	private static ApiClient director;

	private static ApiClient schedulerAtScheduling;

	private static ApiClient directorAtNotification;

	@BeforeAll
	static void startPlatform() throws Exception {
		TestInfrastructure infrastructure = TestInfrastructure.get();
		Path root = Path.of(System.getProperty("clinic.root", "..")).toAbsolutePath().normalize();
		platform = PlatformServices.start(root, infrastructure.kafkaBootstrapServers(), infrastructure.mongoBaseUri(),
				new PlatformServices.Ports(freePort(), freePort(), freePort()), TestStaff.asEnvironment(),
				Map.of("CLINIC_OUTBOX_POLL_INTERVAL", "50ms"), root.resolve("local-platform/target/e2e-logs"),
				Duration.ofMinutes(3));
		String intake = platform.service("intake-service").baseUrl();
		String scheduling = platform.service("scheduling-service").baseUrl();
		anonymousIntake = ApiClient.anonymous(intake);
		clinician = ApiClient.as(TestStaff.CLINICIAN, intake);
		director = ApiClient.as(TestStaff.DIRECTOR, scheduling);
		schedulerAtScheduling = ApiClient.as(TestStaff.SCHEDULER, scheduling);
		directorAtNotification = ApiClient.as(TestStaff.DIRECTOR, platform.service("notification-service").baseUrl());
	}

	@AfterAll
	static void stopPlatform() throws InterruptedException {
		if (platform != null) {
			platform.close();
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	@Test
	void anAcceptedEvaluationFlowsIntoAnEnrollmentWithAGroupATherapistAndStaffAlerts() {
		createGroup("Recovery Foundations (evening)", "SUBSTANCE_USE", "Daniel Okafor", 12);
		createTherapist("Ana Ruiz", "SUBSTANCE_USE");

		String evaluationId = submitScreenAndAccept("SUBSTANCE_USE");

		JsonNode enrollment = awaitEnrollment(evaluationId, "ACTIVE");
		assertThat(enrollment.get("groupName").asString()).isEqualTo("Recovery Foundations (evening)");
		assertThat(enrollment.get("therapistName").asString()).isEqualTo("Ana Ruiz");
		assertThat(enrollment.get("track").asString()).isEqualTo("EVENING");
		await().atMost(WAIT).untilAsserted(() -> assertThat(alertsFor(evaluationId)).containsExactlyInAnyOrder(
				"EVALUATION_REQUESTED INTAKE_COORDINATOR -", "EVALUATION_ACCEPTED INTAKE_COORDINATOR -",
				"PATIENT_ENROLLED CLINICIAN Ana Ruiz", "GROUP_ASSIGNED CLINICIAN Daniel Okafor"));
	}

	@Test
	void whenTheOnlyMatchingGroupIsFullTheNextPersonIsWaitlistedAndSchedulersAreAlerted() {
		createGroup("Nourish (evening)", "EATING_DISORDER", "Hannah Becker", 1);
		createTherapist("Dev Patel", "EATING_DISORDER");
		String first = submitScreenAndAccept("EATING_DISORDER");
		awaitEnrollment(first, "ACTIVE");

		String second = submitScreenAndAccept("EATING_DISORDER");

		JsonNode waitlisted = awaitEnrollment(second, "WAITLISTED");
		assertThat(waitlisted.get("groupId").isNull()).isTrue();
		await().atMost(WAIT).untilAsserted(() -> assertThat(alertsFor(second)).contains(
				"PATIENT_WAITLISTED SCHEDULER -", "PATIENT_WAITLISTED PROGRAM_DIRECTOR -"));
		await().atMost(WAIT).untilAsserted(() -> assertThat(alertsFor(first)).contains("GROUP_FULL PROGRAM_DIRECTOR -"));
	}

	@Test
	void theSameAcceptanceDeliveredTwiceGivesOneEnrollmentAndOneSetOfAlerts() throws Exception {
		createGroup("Coping Skills (evening)", "MENTAL_HEALTH", "Priya Nair", 12);
		createTherapist("Carla Diaz", "MENTAL_HEALTH");
		String evaluationId = submitScreenAndAccept("MENTAL_HEALTH");
		awaitEnrollment(evaluationId, "ACTIVE");
		await().atMost(WAIT).until(() -> alertsFor(evaluationId).size() == 4);

		try (TopicRecorder evaluations = TopicRecorder.of(Topics.INTAKE_EVALUATIONS);
				EventPublisher publisher = new EventPublisher();
				ConsumerGroups groups = new ConsumerGroups()) {
			await().atMost(WAIT).until(() -> evaluations.events(EventTypes.EVALUATION_ACCEPTED.name(), evaluationId).size() == 1);
			ConsumerRecord<String, String> accepted = evaluations.records()
				.stream()
				.filter(record -> evaluationId.equals(record.key())
						&& EventTypes.EVALUATION_ACCEPTED.name().equals(CloudEventHeaders.from(record.headers()).type()))
				.findFirst()
				.orElseThrow();

			RecordMetadata redelivered = publisher.publishRaw(EventTypes.EVALUATION_ACCEPTED,
					CloudEventHeaders.from(accepted.headers()), accepted.value());

			await().atMost(WAIT).until(() -> groups.hasConsumed("scheduling-service", redelivered)
					&& groups.hasConsumed("notification-service", redelivered));
		}
		assertThat(schedulerAtScheduling.get("/api/enrollments?evaluationId=" + evaluationId).json().size()).isEqualTo(1);
		assertThat(alertsFor(evaluationId)).hasSize(4);
	}

	private static void createGroup(String name, String focus, String facilitator, int capacity) {
		ApiClient.Response created = director.post("/api/groups",
				Map.of("name", name, "focus", focus, "cohort", "GENERAL", "track", "EVENING", "capacity", capacity,
						"facilitator", facilitator, "meetings",
						List.of(Map.of("day", "MONDAY", "start", "18:00", "minutes", 180),
								Map.of("day", "WEDNESDAY", "start", "18:00", "minutes", 180),
								Map.of("day", "FRIDAY", "start", "18:00", "minutes", 180))));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
	}

	private static void createTherapist(String name, String specialty) {
		ApiClient.Response created = director.post("/api/therapists",
				Map.of("name", name, "caseloadCapacity", 10, "specialties", List.of(specialty)));
		assertThat(created.status()).as(created.text()).isEqualTo(201);
	}

	private static String submitScreenAndAccept(String focus) {
		ApiClient.Response submitted = anonymousIntake.post("/api/evaluation-requests",
				Map.of("firstName", "Robin", "lastName", "Hale", "dateOfBirth", "1991-07-19", "phone", "+1 555 0100 77",
						"preferredContact", "SMS", "consentToContact", true, "concerns", List.of(focus), "source", "FAMILY",
						"selfPay", true));
		assertThat(submitted.status()).as(submitted.text()).isEqualTo(201);
		String id = submitted.json().get("id").asString();
		Map<String, Object> screening = new HashMap<>(Map.of("needsDetox", false, "needs24HourSupervision",
				false, "dangerToSelfOrOthers", false, "supportSystemAtHome", true, "substanceFreeHome", true,
				"coOccurringSeverity", "NONE", "continuingWorkOrSchool", true, "steppingDownFromInpatient", false,
				"adolescent", false, "primaryFocus", focus));
		screening.putAll(Map.of("cohort", "GENERAL", "needsMedicationManagement", false, "needsPsychiatricCare", false,
				"pregnant", false, "injectionDrugUse", false));
		ApiClient.Response screened = clinician.post("/api/evaluation-requests/" + id + "/screening", screening);
		assertThat(screened.status()).as(screened.text()).isEqualTo(200);
		ApiClient.Response decided = clinician.post("/api/evaluation-requests/" + id + "/decision",
				Map.of("outcome", "ACCEPTED", "levelOfCare", "INTENSIVE_OUTPATIENT"));
		assertThat(decided.status()).as(decided.text()).isEqualTo(200);
		return id;
	}

	private static JsonNode awaitEnrollment(String evaluationId, String status) {
		await().atMost(WAIT).until(() -> schedulerAtScheduling.get("/api/enrollments?evaluationId=" + evaluationId)
			.json()
			.valueStream()
			.anyMatch(enrollment -> status.equals(enrollment.get("status").asString())));
		return schedulerAtScheduling.get("/api/enrollments?evaluationId=" + evaluationId).json().get(0);
	}

	private static List<String> alertsFor(String evaluationId) {
		return directorAtNotification.get("/api/alerts")
			.json()
			.valueStream()
			.filter(alert -> evaluationId.equals(alert.get("evaluationId").asString()))
			.map(alert -> alert.get("type").asString() + " " + alert.get("recipientRole").asString() + " "
					+ (alert.get("recipient").isNull() ? "-" : alert.get("recipient").asString()))
			.toList();
	}

}

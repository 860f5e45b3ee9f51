package org.clinicops.localplatform;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.clinicops.common.events.EventTypes;
import org.clinicops.common.events.Topics;
import org.clinicops.common.messaging.CloudEventHeaders;
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

	private static final Duration WAIT = PlatformClient.WAIT;

	private static PlatformServices platform;

	private static PlatformClient client;

	@BeforeAll
	static void startPlatform() throws Exception {
		TestInfrastructure infrastructure = TestInfrastructure.get();
		Path root = Path.of(System.getProperty("clinic.root", "..")).toAbsolutePath().normalize();
		platform = PlatformServices.start(root, infrastructure.kafkaBootstrapServers(), infrastructure.mongoBaseUri(),
				new PlatformServices.Ports(freePort(), freePort(), freePort()), TestStaff.asEnvironment(),
				Map.of("CLINIC_OUTBOX_POLL_INTERVAL", "50ms"), root.resolve("local-platform/target/e2e-logs"),
				Duration.ofMinutes(3));
		client = new PlatformClient(platform.service("intake-service").baseUrl(),
				platform.service("scheduling-service").baseUrl(), platform.service("notification-service").baseUrl());
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
		client.createGroup("Recovery Foundations (evening)", "SUBSTANCE_USE", "Daniel Okafor", 12);
		client.createTherapist("Ana Ruiz", "SUBSTANCE_USE");

		String evaluationId = client.submitScreenAndAccept("SUBSTANCE_USE");

		JsonNode enrollment = client.awaitEnrollment(evaluationId, "ACTIVE");
		assertThat(enrollment.get("groupName").asString()).isEqualTo("Recovery Foundations (evening)");
		assertThat(enrollment.get("therapistName").asString()).isEqualTo("Ana Ruiz");
		assertThat(enrollment.get("track").asString()).isEqualTo("EVENING");
		await().atMost(WAIT).untilAsserted(() -> assertThat(client.alertsFor(evaluationId)).containsExactlyInAnyOrder(
				"EVALUATION_REQUESTED INTAKE_COORDINATOR -", "EVALUATION_ACCEPTED INTAKE_COORDINATOR -",
				"PATIENT_ENROLLED CLINICIAN Ana Ruiz", "GROUP_ASSIGNED CLINICIAN Daniel Okafor"));
	}

	@Test
	void whenTheOnlyMatchingGroupIsFullTheNextPersonIsWaitlistedAndSchedulersAreAlerted() {
		client.createGroup("Nourish (evening)", "EATING_DISORDER", "Hannah Becker", 1);
		client.createTherapist("Dev Patel", "EATING_DISORDER");
		String first = client.submitScreenAndAccept("EATING_DISORDER");
		client.awaitEnrollment(first, "ACTIVE");

		String second = client.submitScreenAndAccept("EATING_DISORDER");

		JsonNode waitlisted = client.awaitEnrollment(second, "WAITLISTED");
		assertThat(waitlisted.get("groupId").isNull()).isTrue();
		await().atMost(WAIT).untilAsserted(() -> assertThat(client.alertsFor(second)).contains(
				"PATIENT_WAITLISTED SCHEDULER -", "PATIENT_WAITLISTED PROGRAM_DIRECTOR -"));
		await().atMost(WAIT).untilAsserted(() -> assertThat(client.alertsFor(first)).contains("GROUP_FULL PROGRAM_DIRECTOR -"));
	}

	@Test
	void theSameAcceptanceDeliveredTwiceGivesOneEnrollmentAndOneSetOfAlerts() throws Exception {
		client.createGroup("Coping Skills (evening)", "MENTAL_HEALTH", "Priya Nair", 12);
		client.createTherapist("Carla Diaz", "MENTAL_HEALTH");
		String evaluationId = client.submitScreenAndAccept("MENTAL_HEALTH");
		client.awaitEnrollment(evaluationId, "ACTIVE");
		await().atMost(WAIT).until(() -> client.alertsFor(evaluationId).size() == 4);

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
		assertThat(client.schedulerAtScheduling.get("/api/enrollments?evaluationId=" + evaluationId).json().size()).isEqualTo(1);
		assertThat(client.alertsFor(evaluationId)).hasSize(4);
	}

}

package org.clinicops.notification.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.clinicops.contracts.EvaluationRequested;
import org.clinicops.contracts.EventEnvelope;
import org.clinicops.contracts.EventTypes;
import org.clinicops.contracts.Focus;
import org.clinicops.contracts.ReferralSource;
import org.clinicops.contracts.Topics;
import org.clinicops.testsupport.ApiClient;
import org.clinicops.testsupport.ClinicIntegrationTest;
import org.clinicops.testsupport.EventPublisher;
import org.clinicops.testsupport.TestStaff;
import org.clinicops.testsupport.TopicRecorder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ClinicIntegrationTest
class AlertFlowTest {

	private static final Duration WAIT = Duration.ofSeconds(15);

	private static EventPublisher publisher;

	private static TopicRecorder alertsTopic;

	@LocalServerPort
	int port;

	@BeforeAll
	static void kafkaClients() {
		publisher = new EventPublisher();
		alertsTopic = TopicRecorder.of(Topics.NOTIFICATION_ALERTS);
	}

	@AfterAll
	static void closeKafkaClients() {
		publisher.close();
		alertsTopic.close();
	}

	private ApiClient as(TestStaff staff) {
		return ApiClient.as(staff, "http://localhost:" + this.port);
	}

	private static EvaluationRequested requested() {
		return new EvaluationRequested(UUID.randomUUID().toString(), "J.D.", List.of(Focus.MENTAL_HEALTH),
				ReferralSource.SELF, Instant.now());
	}

	private List<JsonNode> alertsFor(String evaluationId) {
		return as(TestStaff.DIRECTOR).get("/api/alerts")
			.json()
			.valueStream()
			.filter(alert -> evaluationId.equals(alert.get("evaluationId").asString()))
			.toList();
	}

	@Test
	void anEvaluationRequestBecomesOneOpenAlertForTheIntakeCoordinatorsAndAnAlertRaisedEvent() {
		EvaluationRequested event = requested();

		EventEnvelope envelope = publisher.publish(EventTypes.EVALUATION_REQUESTED, event);

		await().atMost(WAIT).until(() -> alertsFor(event.evaluationId()).size() == 1);
		JsonNode alert = alertsFor(event.evaluationId()).get(0);
		assertThat(alert.get("recipientRole").asString()).isEqualTo("INTAKE_COORDINATOR");
		assertThat(alert.get("priority").asString()).isEqualTo("NORMAL");
		assertThat(alert.get("status").asString()).isEqualTo("OPEN");
		assertThat(alert.get("sourceEventId").asString()).isEqualTo(envelope.id());
		assertThat(alert.get("link").asString()).endsWith(event.evaluationId());
		await().atMost(WAIT)
			.until(() -> alertsTopic.events(EventTypes.ALERT_RAISED.name(), event.evaluationId()).size() == 1);
		assertThat(alertsTopic.events(EventTypes.ALERT_RAISED.name(), event.evaluationId()).get(0).envelope()
			.correlationId()).isEqualTo(envelope.correlationId());
	}

	@Test
	void theSameEventDeliveredTwiceRaisesOneAlert() {
		EvaluationRequested event = requested();
		EventEnvelope envelope = EventPublisher.envelope(EventTypes.EVALUATION_REQUESTED, event);
		EvaluationRequested marker = requested();

		publisher.publish(EventTypes.EVALUATION_REQUESTED, envelope, event);
		publisher.publish(EventTypes.EVALUATION_REQUESTED, envelope, event);
		publisher.publish(EventTypes.EVALUATION_REQUESTED, marker);

		await().atMost(WAIT).until(() -> alertsFor(marker.evaluationId()).size() == 1);
		assertThat(alertsFor(event.evaluationId())).hasSize(1);
		await().atMost(WAIT)
			.until(() -> alertsTopic.events(EventTypes.ALERT_RAISED.name(), marker.evaluationId()).size() == 1);
		assertThat(alertsTopic.events(EventTypes.ALERT_RAISED.name(), event.evaluationId())).hasSize(1);
	}

	@Test
	void theRecipientRoleAcknowledgesOnceAndOtherRolesCannot() {
		EvaluationRequested event = requested();
		publisher.publish(EventTypes.EVALUATION_REQUESTED, event);
		await().atMost(WAIT).until(() -> alertsFor(event.evaluationId()).size() == 1);
		String id = alertsFor(event.evaluationId()).get(0).get("id").asString();

		ApiClient.Response notTheirs = as(TestStaff.SCHEDULER).post("/api/alerts/" + id + "/acknowledge", null);
		ApiClient.Response acknowledged = as(TestStaff.COORDINATOR).post("/api/alerts/" + id + "/acknowledge", null);
		ApiClient.Response again = as(TestStaff.DIRECTOR).post("/api/alerts/" + id + "/acknowledge", null);

		assertThat(notTheirs.status()).isEqualTo(403);
		assertThat(acknowledged.status()).isEqualTo(200);
		assertThat(acknowledged.json().get("status").asString()).isEqualTo("ACKNOWLEDGED");
		assertThat(again.status()).isEqualTo(200);
		assertThat(again.json().get("acknowledgedBy").asString()).isEqualTo("coordinator");
		assertThat(as(TestStaff.COORDINATOR).post("/api/alerts/nope/acknowledge", null).status()).isEqualTo(404);
	}

	@Test
	void readingAndAcknowledgingAlertsAreAuditedUnderThePersonsEvaluation() {
		EvaluationRequested event = requested();
		publisher.publish(EventTypes.EVALUATION_REQUESTED, event);
		await().atMost(WAIT).until(() -> alertsFor(event.evaluationId()).size() == 1);
		String id = alertsFor(event.evaluationId()).get(0).get("id").asString();

		as(TestStaff.COORDINATOR).get("/api/alerts");
		as(TestStaff.COORDINATOR).post("/api/alerts/" + id + "/acknowledge", null);

		List<String> trail = await().atMost(WAIT)
			.until(() -> as(TestStaff.DIRECTOR).get("/api/audit?record=" + event.evaluationId())
				.json()
				.valueStream()
				.filter(entry -> entry.get("actor").asString().equals("coordinator"))
				.map(entry -> entry.get("action").asString() + " " + entry.get("request").asString() + " "
						+ entry.get("outcome").asString())
				.toList(), entries -> entries.size() >= 2);
		assertThat(trail).containsExactlyInAnyOrder("READ GET /api/alerts SUCCEEDED",
				"CHANGE POST /api/alerts/{id}/acknowledge SUCCEEDED");
	}

	@Test
	void alertsCanBeFilteredByStatusRoleAndPriority() {
		EvaluationRequested event = requested();
		publisher.publish(EventTypes.EVALUATION_REQUESTED, event);
		await().atMost(WAIT).until(() -> alertsFor(event.evaluationId()).size() == 1);

		JsonNode coordinators = as(TestStaff.COORDINATOR)
			.get("/api/alerts?status=OPEN&role=INTAKE_COORDINATOR&priority=NORMAL")
			.json();
		JsonNode urgent = as(TestStaff.COORDINATOR).get("/api/alerts?priority=URGENT").json();

		assertThat(coordinators.valueStream().map(a -> a.get("evaluationId").asString())).contains(event.evaluationId());
		assertThat(urgent.valueStream().map(a -> a.get("evaluationId").asString())).doesNotContain(event.evaluationId());
		assertThat(as(TestStaff.COORDINATOR).get("/api/alerts?priority=SOMETIMES").status()).isEqualTo(400);
		assertThat(as(TestStaff.OPS).get("/api/alerts").status()).isEqualTo(403);
	}

	@Test
	void raisedAlertsAreCountedByPriority() {
		EvaluationRequested event = requested();
		publisher.publish(EventTypes.EVALUATION_REQUESTED, event);
		await().atMost(WAIT).until(() -> alertsFor(event.evaluationId()).size() == 1);

		String metrics = as(TestStaff.OPS).get("/actuator/prometheus").text();

		assertThat(metrics).containsPattern("clinic_alerts_raised_total\\{[^}]*priority=\"NORMAL\"[^}]*\\} [1-9]")
			.doesNotContain(event.evaluationId());
	}

}

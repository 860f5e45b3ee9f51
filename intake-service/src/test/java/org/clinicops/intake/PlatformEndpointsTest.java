package org.clinicops.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.bson.Document;
import org.clinicops.common.outbox.OutboxMetrics;
import org.clinicops.common.outbox.OutboxPending;
import org.clinicops.common.outbox.OutboxProperties;
import org.clinicops.testsupport.ApiClient;
import org.clinicops.testsupport.ClinicIntegrationTest;
import org.clinicops.testsupport.PrometheusScrape;
import org.clinicops.testsupport.TestStaff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

@ClinicIntegrationTest
class PlatformEndpointsTest {

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	Clock clock;

	@Test
	void healthIsUpWithMongoAndKafkaChecked() {
		ApiClient.Response health = ApiClient.as(TestStaff.OPS, "http://localhost:" + this.port).get("/actuator/health");

		assertThat(health.status()).isEqualTo(200);
		assertThat(health.json().get("status").asString()).isEqualTo("UP");
		assertThat(health.json().at("/components/mongo/status").asString()).isEqualTo("UP");
		assertThat(health.json().at("/components/kafka/status").asString()).isEqualTo("UP");
	}

	@Test
	void healthIsPublicButMetricsNeedTheOpsRole() {
		String base = "http://localhost:" + this.port;

		assertThat(ApiClient.anonymous(base).get("/actuator/health").status()).isEqualTo(200);
		assertThat(ApiClient.anonymous(base).get("/actuator/prometheus").status()).isEqualTo(401);
		assertThat(ApiClient.as(TestStaff.CLINICIAN, base).get("/actuator/prometheus").status()).isEqualTo(403);
	}

	@Test
	void receivedRequestsAreCountedForPrometheusWithoutPersonalTags() {
		String base = "http://localhost:" + this.port;
		ApiClient.anonymous(base).post("/api/evaluation-requests", IntakeFixtures.validRequest());

		ApiClient.Response metrics = ApiClient.as(TestStaff.OPS, base).get("/actuator/prometheus");

		assertThat(metrics.status()).isEqualTo(200);
		assertThat(metrics.text()).containsPattern("clinic_evaluations_received_total\\{[^}]*source=\"SELF\"[^}]*\\} [1-9]");
	}

	@Test
	void requestsAreObservedWithoutAnObservationPerSecurityFilter() {
		String base = "http://localhost:" + this.port;
		ApiClient.anonymous(base).post("/api/evaluation-requests", IntakeFixtures.validRequest());

		String metrics = ApiClient.as(TestStaff.OPS, base).get("/actuator/prometheus").text();

		assertThat(metrics).containsPattern("http_server_requests_seconds_count\\{[^}]*uri=\"/api/evaluation-requests\"")
			.doesNotContain("spring_security_");
	}

	@Test
	void screeningsDecisionsAndRiskFlagsAreCountedByCodeNeverByPerson() {
		String base = "http://localhost:" + this.port;
		ApiClient ops = ApiClient.as(TestStaff.OPS, base);
		PrometheusScrape before = PrometheusScrape.of(ops);

		String id = IntakeFixtures.submitAndScreen(base, "dangerToSelfOrOthers", true);
		ApiClient.as(TestStaff.CLINICIAN, base)
			.post("/api/evaluation-requests/" + id + "/decision",
					Map.of("outcome", "REFERRED", "levelOfCare", "INPATIENT", "reason", "needs a safer setting"));

		PrometheusScrape after = PrometheusScrape.of(ops);
		assertThat(after.value("clinic_evaluations_screenings_total"))
			.isEqualTo(before.value("clinic_evaluations_screenings_total") + 1);
		assertThat(after.value("clinic_evaluations_risk_flags_total"))
			.isEqualTo(before.value("clinic_evaluations_risk_flags_total") + 1);
		assertThat(after.value("clinic_evaluations_decisions_total", "outcome", "REFERRED", "level_of_care", "INPATIENT"))
			.isEqualTo(before.value("clinic_evaluations_decisions_total", "outcome", "REFERRED", "level_of_care",
					"INPATIENT") + 1);
		assertThat(ops.get("/actuator/prometheus").text()).doesNotContain(id);
	}

	@Test
	void theOutboxGaugesCountTheEventsWaitingAndTheAgeOfTheOldest() {
		String collection = "outbox_gauge_test";
		this.mongo.dropCollection(collection);
		SimpleMeterRegistry registry = new SimpleMeterRegistry();
		new OutboxMetrics(this.mongo, new OutboxProperties(List.of(collection), Duration.ofSeconds(1), 10,
				Duration.ofSeconds(1)), this.clock)
			.bindTo(registry);
		assertThat(registry.get("clinic.outbox.backlog").gauge().value()).isZero();

		Instant now = this.clock.instant();
		this.mongo.insert(new Document("_id", "a").append("outbox", List.of(
				new Document("eventId", "e1").append("time", Date.from(now.minusSeconds(90))),
				new Document("eventId", "e2").append("time", Date.from(now.minusSeconds(10))))), collection);
		this.mongo.insert(new Document("_id", "b").append("outbox", List.of(
				new Document("eventId", "e3").append("time", Date.from(now.minusSeconds(30))))), collection);
		OutboxPending pending = new OutboxPending(this.mongo);
		pending.mark(collection, "a");
		pending.mark(collection, "b");

		assertThat(registry.get("clinic.outbox.backlog").gauge().value()).isEqualTo(3);
		assertThat(registry.get("clinic.outbox.oldest.age").gauge().value()).isBetween(90.0, 90.0 + 30);
		assertThat(PrometheusScrape.of(ApiClient.as(TestStaff.OPS, "http://localhost:" + this.port)).names())
			.contains("clinic_outbox_backlog", "clinic_outbox_oldest_age_seconds");
	}

}

package org.clinicops.intake;

import org.clinicops.testsupport.ApiClient;
import org.clinicops.testsupport.ClinicIntegrationTest;
import org.clinicops.testsupport.TestStaff;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@ClinicIntegrationTest
class PlatformEndpointsTest {

	@LocalServerPort
	int port;

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

}

package org.clinicops.notification.alerts;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.clinicops.contracts.Cohort;
import org.clinicops.contracts.EvaluationAccepted;
import org.clinicops.contracts.EventTypes;
import org.clinicops.contracts.Focus;
import org.clinicops.testsupport.ApiClient;
import org.clinicops.testsupport.ClinicIntegrationTest;
import org.clinicops.testsupport.EventPublisher;
import org.clinicops.testsupport.PrometheusScrape;
import org.clinicops.testsupport.TestStaff;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The alert metrics move with alerts raised and acknowledged. */
@ClinicIntegrationTest
class AlertMetricsTest {

	private static final Duration WAIT = Duration.ofSeconds(15);

	@LocalServerPort
	int port;

	@Test
	void anAcceptanceIsTimedToItsFirstAlertAndAnAcknowledgementToItsAlert() {
		ApiClient ops = ApiClient.as(TestStaff.OPS, "http://localhost:" + this.port);
		ApiClient coordinator = ApiClient.as(TestStaff.COORDINATOR, "http://localhost:" + this.port);
		PrometheusScrape before = PrometheusScrape.of(ops);
		EvaluationAccepted accepted = new EvaluationAccepted(UUID.randomUUID().toString(), "J.D.", Focus.MENTAL_HEALTH,
				Cohort.GENERAL, true, false, false, false, false, LocalDate.of(2026, 12, 7),
				Instant.now().minus(Duration.ofMinutes(2)));

		try (EventPublisher publisher = new EventPublisher()) {
			publisher.publish(EventTypes.EVALUATION_ACCEPTED, accepted);
		}
		JsonNode alert = await().atMost(WAIT)
			.until(() -> coordinator.get("/api/alerts?evaluationId=" + accepted.evaluationId())
				.json()
				.valueStream()
				.findFirst(), found -> found.isPresent())
			.orElseThrow();
		PrometheusScrape raised = await().atMost(WAIT)
			.until(() -> PrometheusScrape.of(ops), scrape -> scrape.value("clinic_pipeline_acceptance_to_alert_seconds_count")
					> before.value("clinic_pipeline_acceptance_to_alert_seconds_count"));
		assertThat(raised.value("clinic_pipeline_acceptance_to_alert_seconds_count"))
			.isEqualTo(before.value("clinic_pipeline_acceptance_to_alert_seconds_count") + 1);
		assertThat(raised.value("clinic_pipeline_acceptance_to_alert_seconds_max")).isGreaterThanOrEqualTo(120);
		String priority = alert.get("priority").asString();
		assertThat(raised.value("clinic_alerts_raised_total", "priority", priority))
			.isGreaterThan(before.value("clinic_alerts_raised_total", "priority", priority));

		assertThat(coordinator.post("/api/alerts/" + alert.get("id").asString() + "/acknowledge", null).status())
			.isEqualTo(200);

		assertThat(PrometheusScrape.of(ops).value("clinic_alerts_acknowledgement_time_seconds_count", "priority", priority))
			.isEqualTo(before.value("clinic_alerts_acknowledgement_time_seconds_count", "priority", priority) + 1);
	}

}

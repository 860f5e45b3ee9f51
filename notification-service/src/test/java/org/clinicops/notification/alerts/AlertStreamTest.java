package org.clinicops.notification.alerts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;

import org.clinicops.contracts.EvaluationRequested;
import org.clinicops.contracts.EventTypes;
import org.clinicops.contracts.Focus;
import org.clinicops.contracts.ReferralSource;
import org.clinicops.contracts.RiskFlagRaised;
import org.clinicops.testsupport.ClinicIntegrationTest;
import org.clinicops.testsupport.EventPublisher;
import org.clinicops.testsupport.TestStaff;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** {@code GET /api/alerts/stream}: server-sent events of new and changed alerts, for the caller's roles only. */
@ClinicIntegrationTest
class AlertStreamTest {

	@LocalServerPort
	int port;

	@Autowired
	KafkaListenerEndpointRegistry listeners;

	/** Reads a staff member's stream in the background; returns the lines received so far. */
	private List<String> listen(TestStaff staff, List<CompletableFuture<?>> connections) {
		List<String> lines = new CopyOnWriteArrayList<>();
		String credentials = Base64.getEncoder()
			.encodeToString((staff.username() + ":" + TestStaff.PASSWORD).getBytes(StandardCharsets.UTF_8));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/api/alerts/stream"))
			.header("Authorization", "Basic " + credentials)
			.header("Accept", "text/event-stream")
			.build();
		connections.add(HttpClient.newHttpClient()
			.sendAsync(request, HttpResponse.BodyHandlers.ofLines())
			.thenAccept(response -> {
				try (Stream<String> body = response.body()) {
					body.forEach(lines::add);
				}
			}));
		await().atMost(Duration.ofSeconds(10)).until(() -> lines.contains(":connected"));
		return lines;
	}

	@Test
	void newAlertsArriveOnTheStreamOfTheirRecipientsRolesOnly() {
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			var partitions = this.listeners.getListenerContainer(AlertStream.LISTENER_ID).getAssignedPartitions();
			return partitions != null && !partitions.isEmpty();
		});
		List<CompletableFuture<?>> connections = new CopyOnWriteArrayList<>();
		try {
			List<String> clinician = listen(TestStaff.CLINICIAN, connections);
			List<String> coordinator = listen(TestStaff.COORDINATOR, connections);
			RiskFlagRaised flag = new RiskFlagRaised(UUID.randomUUID().toString(), "S.T.", Instant.now());
			EvaluationRequested requested = new EvaluationRequested(UUID.randomUUID().toString(), "U.V.",
					List.of(Focus.MENTAL_HEALTH), ReferralSource.SELF, Instant.now());

			try (EventPublisher publisher = new EventPublisher()) {
				publisher.publish(EventTypes.RISK_FLAG_RAISED, flag);
				publisher.publish(EventTypes.EVALUATION_REQUESTED, requested);
			}

			await().atMost(Duration.ofSeconds(15))
				.until(() -> clinician.stream().anyMatch(line -> line.startsWith("data:") && line.contains("S.T.")));
			await().atMost(Duration.ofSeconds(15))
				.until(() -> coordinator.stream().anyMatch(line -> line.startsWith("data:") && line.contains("U.V.")));
			assertThat(clinician).contains("event:alert").noneMatch(line -> line.contains("U.V."));
			assertThat(coordinator).noneMatch(line -> line.contains("S.T."));
		}
		finally {
			connections.forEach(connection -> connection.cancel(true));
		}
	}

}

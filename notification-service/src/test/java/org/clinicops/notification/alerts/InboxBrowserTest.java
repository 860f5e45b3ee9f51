package org.clinicops.notification.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import org.clinicops.contracts.EventTypes;
import org.clinicops.contracts.RiskFlagRaised;
import org.clinicops.testsupport.Browser;
import org.clinicops.testsupport.ClinicIntegrationTest;
import org.clinicops.testsupport.EventPublisher;
import org.clinicops.testsupport.TestStaff;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The live alert inbox in a real headless Chromium: an alert arrives without a reload and is acknowledged. */
@ClinicIntegrationTest
class InboxBrowserTest {

	@RegisterExtension
	static final Browser browser = new Browser();

	@LocalServerPort
	int port;

	@Autowired
	KafkaListenerEndpointRegistry listeners;

	@Autowired
	Alerts alerts;

	@Test
	void anUrgentAlertArrivesLiveOnTopAndIsAcknowledgedWithOneClick() {
		String base = "http://localhost:" + this.port;
		await().atMost(Duration.ofSeconds(30)).until(() -> {
			var partitions = this.listeners.getListenerContainer(AlertStream.LISTENER_ID).getAssignedPartitions();
			return partitions != null && !partitions.isEmpty();
		});
		browser.logIn(base, TestStaff.DIRECTOR).open(base + "/alerts");
		browser.awaitText(By.id("live-status"), "Live");

		RiskFlagRaised flag = new RiskFlagRaised(UUID.randomUUID().toString(), "L.V.", Instant.now());
		try (EventPublisher publisher = new EventPublisher()) {
			publisher.publish(EventTypes.RISK_FLAG_RAISED, flag);
		}

		browser.awaitText(By.cssSelector("#alerts tbody tr:first-child .text"), "Risk flag for L.V.");
		assertThat(browser.texts(By.cssSelector("#alerts tbody tr:first-child .priority"))).containsExactly("URGENT");
		browser.picture("alert-inbox");
		browser.click(By.cssSelector("#alerts tbody tr:first-child button.acknowledge"));

		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.alerts.findAll()
				.stream()
				.anyMatch(alert -> flag.evaluationId().equals(alert.evaluationId())
						&& alert.status() == AlertStatus.ACKNOWLEDGED && "director".equals(alert.acknowledgedBy())));
		browser.awaitText(By.cssSelector("[id^='alert-'][data-status='ACKNOWLEDGED'] .text"), "Risk flag for L.V.");
	}

}

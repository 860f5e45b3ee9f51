package org.clinicops.notification.alerts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.bson.Document;
import org.clinicops.contracts.AlertPriority;
import org.clinicops.contracts.EventEnvelope;
import org.clinicops.contracts.EventTypes;
import org.clinicops.contracts.RiskFlagRaised;
import org.clinicops.contracts.StaffRole;
import org.clinicops.contracts.Topics;
import org.clinicops.notification.routing.AlertSpec;
import org.clinicops.notification.routing.AlertType;
import org.clinicops.testsupport.ApiClient;
import org.clinicops.testsupport.ClinicIntegrationTest;
import org.clinicops.testsupport.EventPublisher;
import org.clinicops.testsupport.TestClock;
import org.clinicops.testsupport.TestStaff;
import org.clinicops.testsupport.TopicRecorder;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Escalation of unacknowledged alerts, driven by a moved clock, never by waiting. */
@ClinicIntegrationTest
class EscalationTest {

	private static final Duration WAIT = Duration.ofSeconds(15);

	@LocalServerPort
	int port;

	@Autowired
	AlertService service;

	@Autowired
	Alerts alerts;

	@Autowired
	TestClock clock;

	@Autowired
	MongoTemplate mongo;

	private List<Alert> alertsFor(String evaluationId) {
		return this.alerts.findAll().stream().filter(alert -> evaluationId.equals(alert.evaluationId())).toList();
	}

	private Alert forClinicians(String evaluationId) {
		return alertsFor(evaluationId).stream()
			.filter(alert -> alert.recipientRole().name().equals("CLINICIAN"))
			.findFirst()
			.orElseThrow();
	}

	/** One sweep with the clock moved on by this much, then set back. */
	private void escalateWithTheClockMoved(Duration moved) {
		this.clock.advance(moved);
		try {
			this.service.escalateOverdue();
		}
		finally {
			this.clock.advance(moved.negated());
		}
	}

	private String riskFlag(EventPublisher publisher) {
		RiskFlagRaised flag = new RiskFlagRaised(UUID.randomUUID().toString(), "J.D.", Instant.now(this.clock));
		publisher.publish(EventTypes.RISK_FLAG_RAISED, flag);
		await().atMost(WAIT).until(() -> alertsFor(flag.evaluationId()).size() == 2);
		return flag.evaluationId();
	}

	@Test
	void anUnacknowledgedUrgentAlertIsSentAgainAndEscalatedToTheDirectorOnceEvenWhenSweptTwice() {
		try (EventPublisher publisher = new EventPublisher();
				TopicRecorder alertsTopic = TopicRecorder.of(Topics.NOTIFICATION_ALERTS)) {
			String evaluationId = riskFlag(publisher);
			Duration moved = Duration.ZERO;
			try {
				this.clock.advance(Duration.ofMinutes(14));
				moved = moved.plusMinutes(14);
				this.service.escalateOverdue();
				assertThat(alertsFor(evaluationId)).hasSize(2);

				this.clock.advance(Duration.ofMinutes(2));
				moved = moved.plusMinutes(2);
				this.service.escalateOverdue();
				this.service.escalateOverdue();
			}
			finally {
				this.clock.advance(moved.negated());
			}

			List<Alert> all = alertsFor(evaluationId);
			assertThat(all).filteredOn(alert -> alert.escalationOf() == null)
				.hasSize(2)
				.allSatisfy(original -> assertThat(original.escalatedAt()).isNotNull());
			// The director's alert is sent again to the director; the clinicians' again to them and to the director.
			assertThat(all).filteredOn(alert -> alert.escalationOf() != null)
				.extracting(alert -> alert.recipientRole().name())
				.containsExactlyInAnyOrder("PROGRAM_DIRECTOR", "CLINICIAN", "PROGRAM_DIRECTOR");
			assertThat(all).filteredOn(alert -> alert.escalationOf() != null)
				.allSatisfy(alert -> assertThat(alert.text()).startsWith("Not acknowledged in time: "));
			await().atMost(WAIT)
				.until(() -> alertsTopic.events(EventTypes.ALERT_ESCALATED.name(), evaluationId).size() == 2);
		}
	}

	@Test
	void anAcknowledgedAlertIsNotEscalatedAndItsAcknowledgementIsPublishedOnce() {
		try (EventPublisher publisher = new EventPublisher();
				TopicRecorder alertsTopic = TopicRecorder.of(Topics.NOTIFICATION_ALERTS)) {
			String evaluationId = riskFlag(publisher);
			ApiClient clinician = ApiClient.as(TestStaff.CLINICIAN, "http://localhost:" + this.port);
			Alert forClinicians = forClinicians(evaluationId);

			assertThat(clinician.post("/api/alerts/" + forClinicians.id() + "/acknowledge", null).status()).isEqualTo(200);
			assertThat(clinician.post("/api/alerts/" + forClinicians.id() + "/acknowledge", null).status()).isEqualTo(200);
			escalateWithTheClockMoved(Duration.ofHours(1));

			assertThat(this.alerts.findById(forClinicians.id()).orElseThrow().escalatedAt()).isNull();
			assertThat(this.alerts.findById(forClinicians.id()).orElseThrow().acknowledgedBy()).isEqualTo("clinician");
			await().atMost(WAIT)
				.until(() -> alertsTopic.events(EventTypes.ALERT_ACKNOWLEDGED.name(), evaluationId).size() == 1);
			assertThat(alertsTopic.events(EventTypes.ALERT_ESCALATED.name(), evaluationId)).hasSize(1);
		}
	}

	@Test
	void aRiskFlagDeliveredAgainAfterItsAlertWasAcknowledgedLeavesTheAlertAcknowledgedAndUnescalated() {
		try (EventPublisher publisher = new EventPublisher()) {
			RiskFlagRaised flag = new RiskFlagRaised(UUID.randomUUID().toString(), "J.D.", Instant.now(this.clock));
			EventEnvelope envelope = EventPublisher.envelope(EventTypes.RISK_FLAG_RAISED, flag);
			publisher.publish(EventTypes.RISK_FLAG_RAISED, envelope, flag);
			await().atMost(WAIT).until(() -> alertsFor(flag.evaluationId()).size() == 2);
			Alert forClinicians = forClinicians(flag.evaluationId());
			ApiClient clinician = ApiClient.as(TestStaff.CLINICIAN, "http://localhost:" + this.port);
			assertThat(clinician.post("/api/alerts/" + forClinicians.id() + "/acknowledge", null).status()).isEqualTo(200);

			publisher.publish(EventTypes.RISK_FLAG_RAISED, envelope, flag);
			// A later flag for the same person: same key, same partition, so the redelivery was handled before its alerts.
			publisher.publish(EventTypes.RISK_FLAG_RAISED,
					new RiskFlagRaised(flag.evaluationId(), "J.D.", Instant.now(this.clock)));
			await().atMost(WAIT).until(() -> alertsFor(flag.evaluationId()).size() == 4);
			escalateWithTheClockMoved(Duration.ofHours(1));

			Alert stored = this.alerts.findById(forClinicians.id()).orElseThrow();
			assertThat(stored.status()).isEqualTo(AlertStatus.ACKNOWLEDGED);
			assertThat(stored.acknowledgedBy()).isEqualTo("clinician");
			assertThat(stored.escalatedAt()).isNull();
			assertThat(alertsFor(flag.evaluationId())).filteredOn(alert -> forClinicians.id().equals(alert.escalationOf()))
				.isEmpty();
			assertThat(listedAsDue()).doesNotContain(forClinicians.id());
		}
	}

	@Test
	void twoSweepsRacingEscalateEachOverdueAlertOnce() throws Exception {
		try (EventPublisher publisher = new EventPublisher();
				TopicRecorder alertsTopic = TopicRecorder.of(Topics.NOTIFICATION_ALERTS)) {
			String evaluationId = riskFlag(publisher);
			this.clock.advance(Duration.ofMinutes(16));
			ExecutorService instances = Executors.newFixedThreadPool(2);
			try {
				CyclicBarrier together = new CyclicBarrier(2);
				List<Future<Integer>> sweeps = instances.invokeAll(List.<Callable<Integer>>of(() -> {
					together.await();
					return this.service.escalateOverdue();
				}, () -> {
					together.await();
					return this.service.escalateOverdue();
				}));
				assertThat(sweeps.get(0).get() + sweeps.get(1).get()).as("escalations made by both sweeps").isEqualTo(2);
			}
			finally {
				instances.shutdownNow();
				this.clock.advance(Duration.ofMinutes(-16));
			}

			assertThat(alertsFor(evaluationId)).filteredOn(alert -> alert.escalationOf() != null).hasSize(3);
			await().atMost(WAIT)
				.until(() -> alertsTopic.events(EventTypes.ALERT_ESCALATED.name(), evaluationId).size() == 2);
			assertThat(alertsTopic.events(EventTypes.ALERT_ESCALATED.name(), evaluationId)).hasSize(2);
		}
	}

	@Test
	void onlyAlertsStillWaitingForTheirEscalationAreListedAsDue() {
		try (EventPublisher publisher = new EventPublisher()) {
			String evaluationId = riskFlag(publisher);
			List<String> raised = alertsFor(evaluationId).stream().map(Alert::id).toList();
			assertThat(listedAsDue()).containsAll(raised);
			ApiClient clinician = ApiClient.as(TestStaff.CLINICIAN, "http://localhost:" + this.port);
			Alert forClinicians = forClinicians(evaluationId);
			assertThat(clinician.post("/api/alerts/" + forClinicians.id() + "/acknowledge", null).status()).isEqualTo(200);

			escalateWithTheClockMoved(Duration.ofMinutes(16));

			// The acknowledged one left the list unescalated, the director's left it escalated, and
			// the alerts its escalation sent never escalate.
			assertThat(this.alerts.findById(forClinicians.id()).orElseThrow().escalatedAt()).isNull();
			assertThat(alertsFor(evaluationId)).filteredOn(alert -> alert.escalationOf() != null).hasSize(1);
			assertThat(listedAsDue()).doesNotContainAnyElementsOf(alertsFor(evaluationId).stream().map(Alert::id).toList());
		}
	}

	@Test
	void anAlertStoredBeforeEscalationsWereListedIsEscalatedOnceTheServiceNotesThem() {
		String evaluationId = UUID.randomUUID().toString();
		Alert stored = this.alerts.insert(Alert.raise(
				new AlertSpec(AlertType.RISK_FLAG_RAISED, AlertPriority.URGENT, StaffRole.CLINICIAN, null, "Risk flag",
						"/evaluations/" + evaluationId),
				UUID.randomUUID().toString(), evaluationId, null, Instant.now(this.clock),
				Optional.of(Duration.ofMinutes(15))));
		this.clock.advance(Duration.ofMinutes(16));
		try {
			this.service.escalateOverdue();
			assertThat(this.alerts.findById(stored.id()).orElseThrow().escalatedAt())
				.as("an alert not listed as due is not read by the sweep")
				.isNull();

			this.service.noteStoredEscalations();
			this.service.escalateOverdue();
		}
		finally {
			this.clock.advance(Duration.ofMinutes(-16));
		}

		assertThat(this.alerts.findById(stored.id()).orElseThrow().escalatedAt()).isNotNull();
		assertThat(alertsFor(evaluationId)).filteredOn(alert -> alert.escalationOf() != null).hasSize(2);
		assertThat(listedAsDue()).doesNotContain(stored.id());
	}

	private List<String> listedAsDue() {
		return this.mongo.findAll(Document.class, "alerts_escalation_due").stream().map(due -> due.getString("_id")).toList();
	}

}

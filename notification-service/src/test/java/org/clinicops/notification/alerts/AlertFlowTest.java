package org.clinicops.notification.alerts;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.clinicops.common.messaging.InboundEvent;
import org.clinicops.common.web.ListPage;
import org.clinicops.contracts.AppointmentBooked;
import org.clinicops.contracts.AppointmentKind;
import org.clinicops.contracts.Cohort;
import org.clinicops.contracts.EvaluationRequested;
import org.clinicops.contracts.EventEnvelope;
import org.clinicops.contracts.EventTypes;
import org.clinicops.contracts.Focus;
import org.clinicops.contracts.GroupAssigned;
import org.clinicops.contracts.GroupFull;
import org.clinicops.contracts.ReferralSource;
import org.clinicops.contracts.Topics;
import org.clinicops.contracts.Track;
import org.clinicops.testsupport.AccessProbe;
import org.clinicops.testsupport.ApiClient;
import org.clinicops.testsupport.ClinicIntegrationTest;
import org.clinicops.testsupport.EventPublisher;
import org.clinicops.testsupport.PrometheusScrape;
import org.clinicops.testsupport.TestStaff;
import org.clinicops.testsupport.TopicRecorder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ClinicIntegrationTest
class AlertFlowTest {

	private static final Duration WAIT = Duration.ofSeconds(15);

	private static final Pattern OPEN_ROW = Pattern.compile("<tr id=\"alert-([^\"]+)\"[^>]*data-status=\"OPEN\"");


	private static EventPublisher publisher;

	private static TopicRecorder alertsTopic;

	@LocalServerPort
	int port;

	@Autowired
	MongoTemplate mongo;

	@Autowired
	AlertService service;

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
		return as(TestStaff.DIRECTOR).get("/api/alerts?evaluationId=" + evaluationId).json().valueStream().toList();
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
	void anUnreadableEventIsParkedAndTheEventsAroundItStillRaiseTheirAlerts() {
		String evaluationId = UUID.randomUUID().toString();
		EvaluationRequested request = new EvaluationRequested(evaluationId, "J.D.", List.of(Focus.MENTAL_HEALTH),
				ReferralSource.SELF, Instant.now());
		EventEnvelope broken = new EventEnvelope(UUID.randomUUID().toString(), "/clinic-ops/tests",
				EventTypes.EVALUATION_REQUESTED.name(), EventEnvelope.SPEC_VERSION, Instant.now(), evaluationId,
				EventEnvelope.JSON, "c-1");

		try (TopicRecorder deadLetters = TopicRecorder.of(Topics.deadLetterOf(Topics.INTAKE_EVALUATIONS))) {
			// One key: one partition, read in this order, as one batch when the listener is idle.
			publisher.publish(EventTypes.EVALUATION_REQUESTED, request);
			publisher.publishRaw(EventTypes.EVALUATION_REQUESTED, broken, "{\"evaluationId\": \"" + evaluationId + "\", oops");
			publisher.publish(EventTypes.EVALUATION_REQUESTED, request);

			await().atMost(WAIT).until(() -> alertsFor(evaluationId).size() == 2);
			await().atMost(WAIT)
				.until(() -> deadLetters.records().stream().anyMatch(record -> evaluationId.equals(record.key())));
			assertThat(deadLetters.records()).filteredOn(record -> evaluationId.equals(record.key()))
				.singleElement()
				.satisfies(parked -> {
					assertThat(new String(parked.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8))
						.isEqualTo(broken.id());
					assertThat(new String(parked.headers().lastHeader("kafka_dlt-exception-message").value(),
							StandardCharsets.UTF_8)).contains("cannot be read");
				});
		}
	}

	@Test
	void aBatchRaisesEachEventsAlertsOnceAndAgainOnlyThoseNotStoredYet() {
		InboundEvent first = groupFull();
		InboundEvent second = groupFull();
		InboundEvent third = groupFull();
		ApiClient ops = as(TestStaff.OPS);
		double raisedBefore = PrometheusScrape.of(ops).value("clinic_alerts_raised_total", "type", "GROUP_FULL");

		// The first event twice in one batch, as when it was delivered again before its batch was committed.
		this.service.raise(List.of(this.service.alertsFor(first), this.service.alertsFor(first),
				this.service.alertsFor(second)));
		// Its alert stored now: the batch's insert fails on it and the third event's alert is raised alone.
		this.service.raise(List.of(this.service.alertsFor(first), this.service.alertsFor(third)));

		for (InboundEvent event : List.of(first, second, third)) {
			assertThat(alertsFor(event.payload().evaluationId())).hasSize(1);
		}
		assertThat(PrometheusScrape.of(ops).value("clinic_alerts_raised_total", "type", "GROUP_FULL"))
			.isEqualTo(raisedBefore + 3);
	}

	private static InboundEvent groupFull() {
		GroupFull full = new GroupFull(UUID.randomUUID().toString(), "g-1", Focus.MENTAL_HEALTH, Cohort.GENERAL,
				Track.MORNING, 12, Instant.now());
		return new InboundEvent(EventPublisher.envelope(EventTypes.GROUP_FULL, full), full);
	}

	@Test
	void noEventLeavesARecordOfHavingBeenHandled() {
		String evaluationId = UUID.randomUUID().toString();
		EventEnvelope booked = publisher.publish(EventTypes.APPOINTMENT_BOOKED, new AppointmentBooked(evaluationId,
				"en-1", "ap-1", AppointmentKind.INDIVIDUAL, "th-1", LocalDateTime.now().plusDays(3), 60, Instant.now()));
		EventEnvelope assigned = publisher.publish(EventTypes.GROUP_ASSIGNED, new GroupAssigned(evaluationId, "en-1",
				"J.D.", "g-1", "Evenings", "Sam Lee", Track.EVENING, null, Instant.now()));
		publisher.publish(EventTypes.GROUP_ASSIGNED, new GroupAssigned(evaluationId, "en-1", "J.D.", "g-2", "Mornings",
				"Kim Park", Track.MORNING, "g-1", Instant.now()));

		// One key, one partition, one consumer: the first two were done with when the last one's alert was raised.
		await().atMost(WAIT).until(() -> alertsFor(evaluationId).size() == 2);
		assertThat(this.mongo.exists(Query.query(Criteria.where("eventId").is(assigned.id())), "processed_events"))
			.isFalse();
		assertThat(this.mongo.exists(Query.query(Criteria.where("eventId").is(booked.id())), "processed_events"))
			.isFalse();
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
	void theAlertListComesAPageAtATimeNewestFirstNarrowedByEvaluationAndStatus() {
		EvaluationRequested requested = requested();
		for (int i = 0; i < 5; i++) {
			publisher.publish(EventTypes.EVALUATION_REQUESTED, requested);
		}
		publisher.publish(EventTypes.EVALUATION_REQUESTED, requested());
		ApiClient director = as(TestStaff.DIRECTOR);
		String firstPage = "/api/alerts?evaluationId=" + requested.evaluationId() + "&status=OPEN&size=2";
		await().atMost(WAIT).until(() -> director.allPages(firstPage).size() == 5);

		List<List<JsonNode>> pages = director.pages(firstPage);
		List<Integer> pageSizes = pages.stream().map(List::size).toList();
		List<JsonNode> listed = pages.stream().flatMap(List::stream).toList();

		assertThat(pageSizes).containsExactly(2, 2, 1);
		assertThat(listed).extracting(alert -> alert.get("id").asString()).doesNotHaveDuplicates();
		assertThat(listed).allSatisfy(alert -> assertThat(alert.get("evaluationId").asString())
			.isEqualTo(requested.evaluationId()));
		assertThat(listed).extracting(alert -> Instant.parse(alert.get("createdAt").asString()))
			.isSortedAccordingTo(Comparator.reverseOrder());
		assertThat(director.get("/api/alerts?evaluationId=" + requested.evaluationId() + "&status=ACKNOWLEDGED")
			.json()
			.size()).isZero();
	}

	@Test
	void theInboxShowsTheOpenAlertsAPageAtATimeWithALinkToTheOlderOnes() {
		List<String> evaluations = new ArrayList<>();
		for (int i = 0; i < ListPage.DEFAULT_SIZE + 5; i++) {
			EvaluationRequested requested = requested();
			evaluations.add(requested.evaluationId());
			publisher.publish(EventTypes.EVALUATION_REQUESTED, requested);
		}
		ApiClient coordinator = as(TestStaff.COORDINATOR);
		await().atMost(WAIT)
			.until(() -> coordinator.allPages("/api/alerts?role=INTAKE_COORDINATOR&status=OPEN")
				.stream()
				.map(alert -> alert.get("evaluationId").asString())
				.toList()
				.containsAll(evaluations));
		List<String> open = coordinator.allPages("/api/alerts?role=INTAKE_COORDINATOR&status=OPEN")
			.stream()
			.map(alert -> alert.get("id").asString())
			.toList();

		List<List<String>> pages = new AccessProbe("http://localhost:" + this.port).pages("/alerts", TestStaff.COORDINATOR,
				OPEN_ROW, "older-alerts");

		assertThat(pages.get(0)).hasSize(ListPage.DEFAULT_SIZE);
		assertThat(pages).hasSize((open.size() + ListPage.DEFAULT_SIZE - 1) / ListPage.DEFAULT_SIZE);
		assertThat(pages.stream().flatMap(List::stream).toList()).containsExactlyInAnyOrderElementsOf(open);
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
